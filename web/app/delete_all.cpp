// "Delete all my data": storage is erased, and nothing of before stays on the screen or is written
// back, in this tab or in another one (which hears of it and lets go of the data too).
#include "app/delete_confirmation.hpp"
#include "app/handlers.hpp"

namespace jobbplan::web {

void handle(AppContext& c, const AskDeleteAll& a) { c.state.confirm_delete_all = a.ask; }

void handle(AppContext& c, const DeleteAll& a) {
    // Only after "Delete all my data" was asked and the word typed: nothing else erases storage.
    if (!c.state.confirm_delete_all || !delete_word_matches(a.typed, c.state.settings.language)) {
        notify(c.state, MessageKind::Error, "ui.msg.delete_word_wrong", {{"word", delete_word(c.state.settings.language)}});
        return;
    }
    c.state.confirm_delete_all = false;
    c.platform.erase_all([&c](StorageResult r) {
        if (!r.ok) {
            notify(c.state, MessageKind::Error, "ui.msg.delete_failed", {{"error", r.error}});
        } else {
            reset_to_empty(c, "ui.msg.deleted_all");
            c.platform.tell_other_tabs();  // so they let go of the data too
        }
        c.redraw();
    });
}

void reset_to_empty(AppContext& c, const char* message_key) {
    const long wiped = c.state.wiped + 1;
    c.state = AppState{};
    c.state.wiped = wiped;
    c.sandbox.forget();  // an open file goes too
    c.store.forget();
    c.state.today = c.platform.today();
    c.state.storage = StorageStatus::Ready;
    c.platform.set_document_language(c.state.settings.language);
    notify(c.state, MessageKind::Success, message_key);
}

}  // namespace jobbplan::web
