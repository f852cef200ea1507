#pragma once
// Every action (actions.hpp) and the file that handles it. App::apply calls handle(context, action);
// an action without a handler here does not compile.
#include "app/app_context.hpp"

#include <string>

namespace jobbplan::web {

// settings_actions.cpp: stored with the profile and kept across another tab's save.
void handle(AppContext& c, const SetLanguage& a);
void handle(AppContext& c, const SetTheme& a);
void handle(AppContext& c, const SetTextScale& a);
void handle(AppContext& c, const SetDemoToday& a);
void handle(AppContext& c, const SetPresentation& a);
void handle(AppContext& c, const GoTo& a);
void handle(AppContext& c, const DismissMessage& a);
void handle(AppContext& c, const DismissSinceLastVisit& a);

// profile_actions.cpp: the person's own edits (pure part in profile_edit), undo, a new profile.
void handle(AppContext& c, const NewProfile& a);
void handle(AppContext& c, const UpdateSituation& a);
void handle(AppContext& c, const UpdatePlan& a);
void handle(AppContext& c, const SaveJoblogEntry& a);
void handle(AppContext& c, const DeleteJoblogEntry& a);
void handle(AppContext& c, const SaveEvent& a);
void handle(AppContext& c, const RecordNow& a);
void handle(AppContext& c, const DeleteEvent& a);
void handle(AppContext& c, const Undo& a);
// A whole profile in place of the one shown (an undo step), stored and kept across another tab's save.
void replace_profile(AppContext& c, Profile p);

// import_preview.cpp: a file read and previewed before it changes anything.
void handle(AppContext& c, const ChooseImportFile& a);
void handle(AppContext& c, const ImportText& a);
void handle(AppContext& c, const ConfirmImport& a);
void handle(AppContext& c, const CancelImport& a);

// downloads.cpp: what leaves the page (files, the clipboard, the print view).
void handle(AppContext& c, const ExportFile& a);
void handle(AppContext& c, const CopyText& a);
void handle(AppContext& c, const OpenPrintView& a);
void handle(AppContext& c, const DownloadCalendar& a);

// sandbox_actions.cpp: a client's file or a demo persona looked at (sandbox_session).
void handle(AppContext& c, const LoadExample& a);
void handle(AppContext& c, const ChooseFileToLook& a);
void handle(AppContext& c, const LookAtText& a);
void handle(AppContext& c, const CloseSandbox& a);
void handle(AppContext& c, const KeepSandboxProfile& a);

// what_if_actions.cpp: hypothetical steps over the profile shown, never stored.
void handle(AppContext& c, const AddWhatIf& a);
void handle(AppContext& c, const SetWhatIfDays& a);
void handle(AppContext& c, const ResetWhatIf& a);

// recovery.cpp: the stored data could not be read.
void handle(AppContext& c, const DownloadUnreadable& a);
void handle(AppContext& c, const RestoreLastGood& a);
void handle(AppContext& c, const StartEmpty& a);

// delete_all.cpp: "Delete all my data", here or in another tab.
void handle(AppContext& c, const AskDeleteAll& a);
void handle(AppContext& c, const DeleteAll& a);
void reset_to_empty(AppContext& c, const char* message_key);

}  // namespace jobbplan::web
