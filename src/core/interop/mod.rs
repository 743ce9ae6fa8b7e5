//! Other formats: W3C Web Annotation JSON in and out.

pub mod w3c;
