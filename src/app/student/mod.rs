//! The student's desk: the lesson panel (documents, tasks, claims), the article with its
//! search bar, and the inspector of the selected claim.

mod article;
mod inspector;
mod lesson_panel;
mod numbers;
pub mod search;
mod trail_view;

pub use article::{central_ui, document_tabs_ui, missing_document_ui};
pub use inspector::{CitationForm, citation_form_ui, inspector_ui, nudges_ui};
pub use lesson_panel::{ask_for_name, lesson_ui};
pub use numbers::{BoardFound, NumbersState, View as NumbersView, numbers_offered, numbers_ui};
pub use trail_view::{TrailLine, trail_lines, trail_window_ui};
