#pragma once
// A client's file or a demo persona looked at in place of the user's own profile (issue 14). The
// user's own profile, undo steps and screen wait here meanwhile: storage and other tabs' saves keep
// working on them (with_own_profile), and closing the file brings them back as they were.
#include "app/app_state.hpp"
#include "app/shown_profile.hpp"

#include <optional>
#include <utility>

namespace jobbplan::web {

class SandboxSession {
public:
    explicit SandboxSession(AppState& state) : state_(state) {}

    // Shows `p` on the Overview; a file already open is replaced, the user's own stays aside.
    void open(Profile p, Sandbox s);
    // Brings the user's own profile back; false if no file was open.
    bool close();
    // Closes a demo persona and hands it over, to become the user's own profile; none if not a persona.
    std::optional<Profile> take_persona();
    // Everything erased: nothing of the file or of the profile behind it stays.
    void forget() { own_ = Own{}; }

    // The user's own profile, whether or not a file is open: what is stored.
    const std::optional<Profile>& own_profile() const { return state_.sandbox ? own_.profile : state_.profile; }
    // Runs `f` with the user's own profile in the state (storage and other tabs' saves work on it),
    // then puts the file back.
    template <class F>
    void with_own_profile(F f);

private:
    struct Own {
        std::optional<Profile> profile;
        UndoHistory undo;
        Screen screen = Screen::Start;
    };
    void swap_own() {
        std::swap(state_.profile, own_.profile);
        std::swap(state_.undo, own_.undo);
        std::swap(state_.screen, own_.screen);
    }
    AppState& state_;
    Own own_;  // while a file is open
};

template <class F>
void SandboxSession::with_own_profile(F f) {
    if (!state_.sandbox) {
        f();
        return;
    }
    std::optional<Sandbox> sandbox = std::move(state_.sandbox);
    state_.sandbox.reset();
    swap_own();
    f();
    swap_own();
    state_.sandbox = std::move(sandbox);
    recompute(state_);
}

}  // namespace jobbplan::web
