#include "test_hook.hpp"

#include "app/app.hpp"
#include "widget_map.hpp"
#include "backend/html5_backend.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>
#include <nlohmann/json.hpp>

#include <set>
#include <vector>

namespace jobbplan::web {
namespace {

const App* g_app = nullptr;
std::string g_buffer;

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Start: return "start";
        case Screen::Situation: return "situation";
        case Screen::Overview: return "overview";
        case Screen::Calendar: return "calendar";
        case Screen::Plan: return "plan";
        case Screen::Joblog: return "joblog";
        case Screen::WhatIf: return "what_if";
        case Screen::Exchange: return "exchange";
        case Screen::Settings: return "settings";
        case Screen::Recovery: return "recovery";
    }
    return "?";
}

}  // namespace

void test_hook_set_app(const App* app) { g_app = app; }

std::set<std::string>& unfilled() {
    static std::set<std::string> u;
    return u;
}

void test_hook_unfilled(std::string_view key, const std::vector<std::string>& names) {
    std::string line(key);
    for (const std::string& n : names) line += " {" + n + "}";
    unfilled().insert(std::move(line));
}

}  // namespace jobbplan::web

using namespace jobbplan::web;

extern "C" {

EMSCRIPTEN_KEEPALIVE long jobbplan_test_frames() { return frames_rendered(); }

EMSCRIPTEN_KEEPALIVE const char* jobbplan_test_widgets() {
    // JS only runs between frames, so this is always the last finished frame.
    nlohmann::json out = nlohmann::json::array();
    // `shown`: drawn whole, where a finger or pointer can reach all of it (not under the header,
    // not cut by a scrolled form's edge).
    for (const DrawnWidget& r : widgets_drawn())
        out.push_back({{"id", r.id}, {"label", r.label}, {"x", r.x}, {"y", r.y}, {"w", r.w}, {"h", r.h}, {"text", r.text},
                       {"focused", r.focused}, {"shown", r.shown()}, {"tappable", r.tappable}});
    g_buffer = out.dump();
    return g_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* jobbplan_test_unfilled() {
    g_buffer = nlohmann::json(unfilled()).dump();
    return g_buffer.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* jobbplan_test_snapshot() {
    nlohmann::json s = nlohmann::json::object();
    if (g_app) {
        const AppState& st = g_app->state();
        s["language"] = st.settings.language;
        s["screen"] = screen_name(st.screen);
        s["storage"] = st.storage == StorageStatus::Ready ? "ready" : st.storage == StorageStatus::Failed ? "failed" : "loading";
        s["storage_error"] = st.storage_error;
        s["message"] = st.message ? st.message->text_key : "";
        s["today"] = jobbplan::to_string(st.effective_date());
        s["undo"] = st.undo.size();
        s["import_preview"] = st.import_preview.has_value();
        if (st.profile) {
            s["system"] = st.profile->situation.system;
            s["joblog"] = st.profile->joblog.size();
            s["events"] = st.profile->events.size();
        }
        if (st.report) s["report"] = jobbplan::to_json(*st.report);
        // What the page shows, so a test can see it without reading pixels; never an action.
        if (st.sandbox) s["sandbox"] = {{"label", st.sandbox->label}, {"example", st.sandbox->example}};
        s["presentation"] = st.settings.presentation;
        // The size the text is drawn at, in CSS px (the atlas is rasterised at device pixels).
        if (const ImGuiIO& io = ImGui::GetIO(); io.Fonts && io.Fonts->Fonts.Size > 0)
            s["text_px"] = io.Fonts->Fonts[0]->FontSize * io.FontGlobalScale;
        if (st.what_if.report) s["what_if"] = {{"steps", st.what_if.steps.size()}, {"days", st.what_if.days},
                                               {"status_key", st.what_if.report->status_key}};
    }
    g_buffer = s.dump();
    return g_buffer.c_str();
}

}  // extern "C"
