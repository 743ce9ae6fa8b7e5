//! The model and every rule of Crosscheck. Nothing here knows about egui.

pub mod anchor;
pub mod authoring;
pub mod class;
pub mod edit;
pub mod evidence;
pub mod grade;
pub mod import;
pub mod interop;
pub mod lesson;
pub mod numbers;
pub mod presets;
pub mod review;
pub mod revise;
pub mod session;
pub mod sourcing;
pub mod store;
pub mod text;
pub mod trail;
pub mod words;

#[cfg(test)]
mod testing;
