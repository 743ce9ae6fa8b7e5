//! Other formats: W3C Web Annotation JSON, feedback reports.

pub mod report;
pub mod w3c;
