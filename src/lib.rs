//! Crosscheck: an offline desktop app for teaching media literacy with news articles.
//!
//! `core` is the model and every rule, without egui; `cli` the headless subcommands; `app` (with
//! the `gui` feature) the egui desktop app.

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod core;
/// What the fuzz targets run (`fuzz/`), shared with the regression tests.
#[doc(hidden)]
pub mod fuzzing;
