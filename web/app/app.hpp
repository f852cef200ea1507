#pragma once
// The application without a face: holds AppState, applies Actions, talks to the Platform.
// No ImGui and no Emscripten here, so it runs natively in tests with a MemoryPlatform.
#include "app/actions.hpp"
#include "app/app_state.hpp"
#include "app/generation_store.hpp"
#include "platform/platform.hpp"

#include <functional>
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
    void set_profile(Profile p, bool undoable);
    void remember(UndoStep step);
    void changed();  // the profile changed: recompute the report and save
    void recompute();
    void persist();
    void write();
    void notify(MessageKind kind, std::string key, Params params = {});
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
    void restore(StoredGenerations stored, bool from_other_tab);
    void reload_from_other_tab();

    Platform& platform_;
    GenerationStore store_;
    AppState state_;
    std::vector<Action> queue_;
    static constexpr size_t kUndoSteps = 50;
    static constexpr int kWholeProfileSteps = 3;
    bool saving_ = false;
    bool write_scheduled_ = false;
    bool dirty_ = false;  // changed since the last write began
};

}  // namespace jobbplan::web
