// Looking at a client's file or a demo persona (issue 14): it opens beside the user's own profile,
// never over it, and is never stored (sandbox_session keeps the user's own aside meanwhile).
#include "app/handlers.hpp"
#include "app/import_preview.hpp"
#include "app/store_document.hpp"
#include "jobbplan/assets.hpp"

namespace jobbplan::web {

void handle(AppContext& c, const LoadExample& a) {
    const auto text = builtin_asset(a.path);
    Parsed<Profile> p = text ? parse_profile_text(*text) : Parsed<Profile>{};
    if (!p.ok()) {
        notify(c.state, MessageKind::Error, "ui.msg.example_missing", {{"name", a.path}});
        return;
    }
    c.sandbox.open(std::move(*p.value), Sandbox{a.path, true});
    notify(c.state, MessageKind::Success, "ui.msg.example_opened");
}

void handle(AppContext& c, const ChooseFileToLook&) {
    c.platform.choose_file([&c](std::string name, std::string bytes) {
        c.dispatch(LookAtText{std::move(name), std::move(bytes)});
        c.redraw();
    });
}

void handle(AppContext& c, const LookAtText& a) {
    Parsed<Profile> p = decode_import(a.text);
    if (!p.ok()) {
        // The import's refusal, word for word: the same file is refused the same way.
        notify(c.state, MessageKind::Error, "ui.msg.import_invalid",
               {{"file", a.file_name}, {"error", refusal_text(p.problems)}});
        return;
    }
    c.sandbox.open(std::move(*p.value), Sandbox{a.file_name, false});
    notify(c.state, MessageKind::Success, "ui.msg.file_opened", {{"file", a.file_name}});
}

void handle(AppContext& c, const CloseSandbox&) {
    if (c.sandbox.close()) notify(c.state, MessageKind::Info, "ui.msg.sandbox_closed");
}

void handle(AppContext& c, const KeepSandboxProfile&) {
    std::optional<Profile> persona = c.sandbox.take_persona();
    if (!persona) return;
    replace_profile(c, std::move(*persona));  // the user's own profile before it stays an undo step
    c.state.screen = Screen::Overview;
    notify(c.state, MessageKind::Success, "ui.msg.example_loaded");
    c.state.message->offers_undo = true;
}

}  // namespace jobbplan::web
