#pragma once
// The application without a face: holds AppState, applies Actions, talks to the Platform.
// No ImGui and no Emscripten here, so it runs natively in tests with a MemoryPlatform.
//
// App itself only dispatches: each action goes to the part that knows its job.
//   profile_edit     the edits of a profile, pure (also replayed over another tab's save)
//   undo_history     the steps back, within their limits
//   synced_store     storage and the other tabs: writes, conflicts, adopt and replay
//   sandbox_session  a client's file or a demo persona looked at beside the user's own
//   import_preview   a file read and previewed before it changes anything
//   recovery         what to do when the stored data cannot be read
#include "app/actions.hpp"
#include "app/app_state.hpp"
#include "app/sandbox_session.hpp"
#include "app/synced_store.hpp"
#include "platform/platform.hpp"

#include <functional>
#include <string>
#include <vector>

namespace jobbplan::web {

class App {
public:
    explicit App(Platform& platform);

    // Restores what the browser stored; until the answer comes, state().storage is Loading.
    void start();
    void dispatch(Action a) { queue_.push_back(std::move(a)); }
    // Applies queued actions; returns true if anything changed (the UI redraws).
    bool apply_pending();
    void apply(const Action& a);
    // Called when the platform's date may have moved (a page left open past midnight).
    void refresh_today();

    const AppState& state() const { return state_; }
    std::function<void()> on_change;  // the backend asks for frames

private:
    void redraw() {
        if (on_change) on_change();
    }
    // Says why an edit is not kept when the profile reader would refuse it; true if so.
    bool refused(const Problems& problems);
    // An edit the person made: made, kept for storage, and one step on the undo history.
    bool edit(const ProfileEdit& e);
    template <class Save>
    void save(Save a);
    template <class Delete>
    void remove(const Delete& a);
    void replace_profile(Profile p);
    void settings_changed();
    std::string whose_file() const;
    void reset_to_empty(const char* message_key);
    void open_file(std::function<void(std::string name, std::string bytes)> then);

    void handle(const SetLanguage&);
    void handle(const SetTheme&);
    void handle(const SetTextScale&);
    void handle(const SetDemoToday&);
    void handle(const SetPresentation&);
    void handle(const GoTo& a) { state_.screen = a.screen; }
    void handle(const DismissMessage&) { state_.message.reset(); }
    void handle(const AskDeleteAll& a) { state_.confirm_delete_all = a.ask; }
    void handle(const DeleteAll&);
    void handle(const NewProfile&);
    void handle(const UpdateSituation& a);
    void handle(const UpdatePlan& a);
    void handle(const SaveJoblogEntry& a) { save(a); }
    void handle(const DeleteJoblogEntry& a) { remove(a); }
    void handle(const SaveEvent& a) { save(a); }
    void handle(const DeleteEvent& a) { remove(a); }
    void handle(const Undo&);
    void handle(const ExportFile&);
    void handle(const ChooseImportFile&);
    void handle(const ImportText&);
    void handle(const ConfirmImport&);
    void handle(const CancelImport&) { state_.import_preview.reset(); }
    void handle(const CopyPlan&);
    void handle(const OpenPrintView&);
    void handle(const DownloadCalendar&);
    void handle(const DownloadUnreadable&);
    void handle(const RestoreLastGood&);
    void handle(const StartEmpty&);
    void handle(const LoadExample&);
    void handle(const ChooseFileToLook&);
    void handle(const LookAtText&);
    void handle(const CloseSandbox&);
    void handle(const KeepSandboxProfile&);
    void handle(const AddWhatIf&);
    void handle(const SetWhatIfDays&);
    void handle(const ResetWhatIf&);

    Platform& platform_;
    AppState state_;
    SandboxSession sandbox_{state_};
    SyncedStore store_;
    std::vector<Action> queue_;
};

}  // namespace jobbplan::web
