#pragma once
// What the UI may ask for. Each is a plain value; App::apply decides what it means.
#include "app/app_state.hpp"

#include <string>
#include <variant>

namespace jobbplan::web {

struct SetLanguage { std::string language; };
struct SetTheme { Theme theme; };
struct SetTextScale { float scale; };
struct SetDemoToday { std::optional<Date> date; };
struct GoTo { Screen screen; };
struct LoadExample { std::string path; };  // "examples/dk-dagpenge.json"
struct NewProfile { std::string system; };
struct UpdateSituation { Situation situation; };
struct SaveJoblogEntry { JoblogEntry entry; };  // add, or replace the entry with the same id
struct DeleteJoblogEntry { std::string id; };
struct SaveEvent { Event event; };
// An event of `type` on the effective date at this minute (se: plan received / signed, when the
// 48 hours count from and to).
struct RecordNow { std::string type; };
struct DeleteEvent { std::string id; };
struct UpdatePlan { PlanDraft plan; };
struct Undo {};
struct ExportFile {};
struct ChooseImportFile {};
struct ImportText { std::string file_name; std::string text; };
struct ConfirmImport { bool replace; };  // replace, or merge by id
struct CancelImport {};
struct CopyText { std::string text; };
struct OpenPrintView {};
struct DownloadCalendar {};
struct AskDeleteAll { bool ask; };
struct DeleteAll { std::string typed; };  // the confirmation word as typed
struct DismissMessage {};
struct DownloadUnreadable {};  // recovery: the raw stored text, as it is
struct RestoreLastGood {};
struct StartEmpty {};          // recovery: begin anew; the unreadable generation stays stored
// Caseworkers (issue 14): a file opened to look at, never stored; from the picker or dropped on the page.
struct ChooseFileToLook {};
struct LookAtText { std::string file_name; std::string text; };
struct CloseSandbox {};
struct KeepSandboxProfile {};  // a demo persona becomes the user's own profile (undoable)
struct AddWhatIf { WhatIfKind kind; };
struct SetWhatIfDays { int days; };
struct ResetWhatIf {};
struct SetPresentation { bool on; };
struct DismissSinceLastVisit {};  // "OK" under what changed since the last visit: read, put away

using Action = std::variant<SetLanguage, SetTheme, SetTextScale, SetDemoToday, GoTo, LoadExample, NewProfile,
                            UpdateSituation, SaveJoblogEntry, DeleteJoblogEntry, SaveEvent, RecordNow, DeleteEvent,
                            UpdatePlan, Undo, ExportFile, ChooseImportFile, ImportText, ConfirmImport,
                            CancelImport, CopyText, OpenPrintView, DownloadCalendar, AskDeleteAll, DeleteAll,
                            DismissMessage, DownloadUnreadable, RestoreLastGood, StartEmpty, ChooseFileToLook,
                            LookAtText, CloseSandbox, KeepSandboxProfile, AddWhatIf, SetWhatIfDays, ResetWhatIf,
                            SetPresentation, DismissSinceLastVisit>;

}  // namespace jobbplan::web
