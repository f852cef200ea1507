#pragma once
// The application without a face: holds AppState, applies Actions, talks to the Platform.
// No ImGui and no Emscripten here, so it runs natively in tests with a MemoryPlatform.
#include "app/actions.hpp"
#include "app/app_state.hpp"
#include "app/generation_store.hpp"
#include "platform/platform.hpp"

#include <functional>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace jobbplan::web {

// A change this tab made that is not yet in storage. If another tab saved first, the app takes up
// that save and makes these changes again on top of it, so neither tab's work is lost.
struct ReplaceProfile {
    Profile profile;
};
struct ReplaceSettings {
    Settings settings;
};
using Change = std::variant<ReplaceSettings, ReplaceProfile, UpdateSituation, UpdatePlan, SaveJoblogEntry,
                            DeleteJoblogEntry, SaveEvent, DeleteEvent>;
struct PendingChange {
    Change change;
    bool created = false;  // a new entry or event: its id may be taken by the other tab's own new one
};

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
    void set_profile(Profile p, bool undoable);
    void remember(UndoStep step);
    void changed();  // the profile changed: recompute the report and save
    void recompute();
    void persist();
    void write();
    void notify(MessageKind kind, std::string key, Params params = {});
    // Says why an edit is not kept when the profile reader would refuse it; true if so.
    bool refused(const Problems& problems);
    std::string new_id(const char* prefix);
    std::string whose_file() const;
    void handle(const SetLanguage&);
    void handle(const SetTheme&);
    void handle(const SetTextScale&);
    void handle(const SetDemoToday&);
    void handle(const GoTo&);
    void handle(const LoadExample&);
    void handle(const NewProfile&);
    void handle(const UpdateSituation&);
    void handle(const SaveJoblogEntry&);
    void handle(const DeleteJoblogEntry&);
    void handle(const SaveEvent&);
    void handle(const DeleteEvent&);
    void handle(const UpdatePlan&);
    void handle(const Undo&);
    void handle(const ExportFile&);
    void handle(const ChooseImportFile&);
    void handle(const ImportText&);
    void handle(const ConfirmImport&);
    void handle(const CancelImport&);
    void handle(const CopyPlan&);
    void handle(const OpenPrintView&);
    void handle(const DownloadCalendar&);
    void handle(const AskDeleteAll&);
    void handle(const DeleteAll&);
    void handle(const DismissMessage&);
    void handle(const DownloadUnreadable&);
    void handle(const RestoreLastGood&);
    void handle(const StartEmpty&);
    void handle(const ChooseFileToLook&);
    void handle(const LookAtText&);
    void handle(const CloseSandbox&);
    void handle(const KeepSandboxProfile&);
    void handle(const AddWhatIf&);
    void handle(const SetWhatIfDays&);
    void handle(const ResetWhatIf&);
    void handle(const SetPresentation&);
    // Shows `p` in a sandbox; the user's own profile, undo steps and screen wait in own_.
    void open_sandbox(Profile p, Sandbox s);
    // Runs `f` with the user's own profile in state_ (storage and other tabs' saves work on it),
    // then puts the sandbox back.
    template <class F>
    void with_own_profile(F f);
    void restore(StoredGenerations stored, bool from_other_tab);
    void reload_from_other_tab();
    void note(Change c, bool created = false);
    void settings_changed();
    void reload_and_replay();
    void adopt(StoredGenerations stored);
    void adopt_own(StoredGenerations stored);
    void reset_to_empty(const char* message_key);
    void replay(PendingChange c, std::map<std::string, std::string>& renamed);

    struct Own {
        std::optional<Profile> profile;
        std::vector<UndoStep> undo;
        Screen screen = Screen::Start;
    };
    Own own_;  // while a sandbox is open

    Platform& platform_;
    GenerationStore store_;
    AppState state_;
    std::vector<Action> queue_;
    static constexpr size_t kUndoSteps = 50;
    static constexpr int kWholeProfileSteps = 3;
    bool saving_ = false;
    bool write_scheduled_ = false;
    bool dirty_ = false;      // changed since the last write began
    bool reloading_ = false;  // reading another tab's save; nothing is written meanwhile
    std::vector<PendingChange> unsaved_, in_flight_;  // since the last write began; in that write
};

}  // namespace jobbplan::web
