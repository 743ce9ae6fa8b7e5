//! Widgets the screens share: the article view, labelled form rows, the claim palette.

pub mod article_view;
pub mod forms;
pub mod palette;
pub mod theme;
