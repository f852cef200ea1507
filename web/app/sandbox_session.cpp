#include "app/sandbox_session.hpp"

#include "app/profile_edit.hpp"

namespace jobbplan::web {

void SandboxSession::open(Profile p, Sandbox s) {
    if (!state_.sandbox) {
        own_.profile = std::move(state_.profile);
        own_.undo = std::move(state_.undo);
        own_.screen = state_.screen;
    }
    state_.undo.clear();  // the file's own edits are undone on their own; they are never stored
    state_.import_preview.reset();
    state_.sandbox = std::move(s);
    state_.what_if = WhatIf{};
    state_.profile = in_date_order(std::move(p));
    state_.screen = Screen::Overview;
    recompute(state_);
}

bool SandboxSession::close() {
    if (!state_.sandbox) return false;
    state_.sandbox.reset();
    state_.profile = std::move(own_.profile);
    state_.undo = std::move(own_.undo);
    // The what-if screen has nothing to show without a profile.
    state_.screen = own_.screen == Screen::WhatIf && !state_.profile ? Screen::Start : own_.screen;
    own_ = Own{};
    state_.what_if = WhatIf{};
    recompute(state_);
    return true;
}

std::optional<Profile> SandboxSession::take_persona() {
    if (!state_.sandbox || !state_.sandbox->example || !state_.profile) return std::nullopt;
    std::optional<Profile> persona = std::move(state_.profile);
    state_.sandbox.reset();
    state_.profile = std::move(own_.profile);
    state_.undo = std::move(own_.undo);
    own_ = Own{};
    return persona;
}

}  // namespace jobbplan::web
