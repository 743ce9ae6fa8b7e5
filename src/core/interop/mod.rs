//! Other formats: W3C Web Annotation JSON in and out, Hypothesis in, schema.org `ClaimReview` out,
//! feedback reports.
//!
//! What the app and the command line call: [`export_w3c`] (a session as an annotation
//! collection), [`claim_reviews`] (its verdicts as `ClaimReview`), [`import_annotations`] (W3C or
//! Hypothesis JSON into a session, with a report of what could not be placed).

pub mod address;
pub mod claimreview;
pub mod hypothesis;
pub mod import;
pub mod incoming;
pub mod placing;
pub mod report;
pub mod w3c;
pub mod w3c_in;
pub mod w3c_out;

#[cfg(test)]
mod proptests;

pub use claimreview::{claim_review, claim_reviews, claim_reviews_string};
pub use import::{ImportFormat, ImportOutcome, describe, import_annotations};
pub use incoming::ImportError;
pub use placing::{FoundBy, ImportedClaim, Search, Unplaced};
pub use w3c_in::session_from_w3c;
pub use w3c_out::{export_w3c, export_w3c_string};
