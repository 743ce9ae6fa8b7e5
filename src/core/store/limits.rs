//! Size limits on what a file may hold, checked once it is parsed, so that a 100 MB `intro` or a
//! million-item list from a stranger's file is refused by name instead of costing gigabytes in the
//! app. One walk over any serialisable value (a serde `Serializer` that only measures) covers
//! every file type: lessons, packed lessons, sessions, reviews, recovery copies.

use std::fmt;

use serde::Serialize;
use std::fmt::Write as _;

use serde::ser;

use crate::core::words::{Message, Worded};

/// Documents larger than this (after decoding) are refused: 50 MiB. (Here with the other limits,
/// so that the guard and the document text, which reads files through it, do not import each
/// other.)
pub const MAX_DOCUMENT_BYTES: usize = 50 * 1024 * 1024;

/// Most bytes in a short field (ids, titles, names, URLs, dates, labels).
pub const SHORT_FIELD_BYTES: usize = 8 * 1024;
/// Most bytes in a field of prose (instructions, notes, explanations, answers, comments).
pub const TEXT_FIELD_BYTES: usize = 256 * 1024;
/// Most bytes of a selector's context (normally 32 chars).
pub const CONTEXT_FIELD_BYTES: usize = 4 * 1024;
/// Most items in one list or map.
pub const MAX_ITEMS: usize = 100_000;

/// Fields that hold prose.
const TEXT_FIELDS: &[&str] = &[
    "intro",
    "teacher_notes",
    "instructions",
    "description",
    "example",
    "explanation",
    "note",
    "reasoning",
    "excerpt",
    "text",
    "comments",
    "general",
    "provenance",
];

/// The most bytes a string field may hold, by the name of the field (or of the map it is in).
fn limit_for(field: &str) -> usize {
    match field {
        // A highlight may cover a whole document; a packed lesson embeds whole documents.
        "exact" | "texts" => MAX_DOCUMENT_BYTES,
        "prefix" | "suffix" => CONTEXT_FIELD_BYTES,
        f if TEXT_FIELDS.contains(&f) => TEXT_FIELD_BYTES,
        _ => SHORT_FIELD_BYTES,
    }
}

/// What was too big, with the path of the field (`annotations[3].note`).
#[derive(Debug, Clone, PartialEq)]
pub struct TooBig {
    /// Where in the file: field names and list positions.
    pub field: String,
    /// What it holds: "1048576 bytes" or "200000 items".
    pub size: Message,
    /// The limit, in the same unit.
    pub limit: Message,
}

/// The path of the file's value itself.
const TOP_LEVEL: &str = "(top level)";

impl Worded for TooBig {
    fn message(&self) -> Message {
        let message = Message::new("limit-too-big");
        let message = if self.field == TOP_LEVEL {
            message.with("field", Message::new("limit-top-level"))
        } else {
            message.with("field", &self.field)
        };
        message
            .with("size", self.size.clone())
            .with("limit", self.limit.clone())
    }
}

impl fmt::Display for TooBig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// `n bytes`.
fn bytes(n: usize) -> Message {
    Message::new("limit-bytes").with("count", n)
}

/// `n items`.
fn items(n: usize) -> Message {
    Message::new("limit-items").with("count", n)
}

/// Checks every string and list in `value` against the limits.
pub fn check<T: Serialize + ?Sized>(value: &T) -> Result<(), TooBig> {
    let mut walk = Walk {
        path: Vec::new(),
        found: None,
    };
    // The walk's own error only stops it early; what was found is in `found`. A value the walk
    // cannot measure is refused too, never passed unchecked.
    let stopped = value.serialize(&mut walk).is_err();
    match walk.found {
        Some(found) => Err(found),
        None if stopped => Err(TooBig {
            field: walk.path_string(),
            size: Message::new("limit-unmeasurable"),
            limit: Message::new("limit-measurable"),
        }),
        None => Ok(()),
    }
}

/// One step of the path to the current value.
enum Step {
    Field(&'static str),
    Index(usize),
    Key,
}

struct Walk {
    path: Vec<Step>,
    found: Option<TooBig>,
}

impl Walk {
    fn field_name(&self) -> &'static str {
        self.path
            .iter()
            .rev()
            .find_map(|s| match s {
                Step::Field(name) => Some(*name),
                _ => None,
            })
            .unwrap_or("")
    }

    fn path_string(&self) -> String {
        let mut out = String::new();
        for step in &self.path {
            match step {
                Step::Field(name) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(name);
                }
                Step::Index(i) => {
                    write!(out, "[{i}]").ok();
                }
                Step::Key => out.push_str("[key]"),
            }
        }
        if out.is_empty() {
            TOP_LEVEL.to_owned()
        } else {
            out
        }
    }

    fn string(&mut self, s: &str) -> Result<(), Stop> {
        let in_key = matches!(self.path.last(), Some(Step::Key));
        let limit = if in_key {
            SHORT_FIELD_BYTES
        } else {
            limit_for(self.field_name())
        };
        if s.len() > limit {
            self.found = Some(TooBig {
                field: self.path_string(),
                size: bytes(s.len()),
                limit: bytes(limit),
            });
            return Err(Stop);
        }
        Ok(())
    }

    fn items(&mut self, len: Option<usize>) -> Result<(), Stop> {
        match len {
            Some(n) if n > MAX_ITEMS => {
                self.found = Some(TooBig {
                    field: self.path_string(),
                    size: items(n),
                    limit: items(MAX_ITEMS),
                });
                Err(Stop)
            }
            _ => Ok(()),
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, index: usize, value: &T) -> Result<(), Stop> {
        self.path.push(Step::Index(index));
        let result = value.serialize(&mut *self);
        self.path.pop();
        result
    }

    fn field<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) -> Result<(), Stop> {
        self.path.push(Step::Field(name));
        let result = value.serialize(&mut *self);
        self.path.pop();
        result
    }
}

/// Ends the walk at the first value over its limit.
#[derive(Debug)]
struct Stop;

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("over a size limit")
    }
}

impl std::error::Error for Stop {}

impl ser::Error for Stop {
    fn custom<T: fmt::Display>(_msg: T) -> Self {
        Self
    }
}

/// A list, tuple or map being walked: counts its elements for their paths.
struct Seq<'w> {
    walk: &'w mut Walk,
    index: usize,
}

/// `serialize_*` methods that accept any value of their type.
macro_rules! scalars {
    ($($method:ident: $t:ty),*) => {$(
        fn $method(self, _: $t) -> Result<(), Stop> {
            Ok(())
        }
    )*};
}

impl<'w> ser::Serializer for &'w mut Walk {
    type Ok = ();
    type Error = Stop;
    type SerializeSeq = Seq<'w>;
    type SerializeTuple = Seq<'w>;
    type SerializeTupleStruct = Seq<'w>;
    type SerializeTupleVariant = Seq<'w>;
    type SerializeMap = Seq<'w>;
    type SerializeStruct = Seq<'w>;
    type SerializeStructVariant = Seq<'w>;

    // Numbers, booleans and chars have no size to check.
    scalars!(
        serialize_bool: bool,
        serialize_i8: i8,
        serialize_i16: i16,
        serialize_i32: i32,
        serialize_i64: i64,
        serialize_u8: u8,
        serialize_u16: u16,
        serialize_u32: u32,
        serialize_u64: u64,
        serialize_f32: f32,
        serialize_f64: f64,
        serialize_char: char
    );
    fn serialize_str(self, v: &str) -> Result<(), Stop> {
        self.string(v)
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), Stop> {
        self.items(Some(v.len()))
    }
    fn serialize_none(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Stop> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        value: &T,
    ) -> Result<(), Stop> {
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Seq<'w>, Stop> {
        self.items(len)?;
        Ok(Seq {
            walk: self,
            index: 0,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _: &'static str, len: usize) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        len: usize,
    ) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(Some(len))
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(len)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(None)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Seq<'w>, Stop> {
        self.serialize_seq(None)
    }
}

impl Seq<'_> {
    fn next<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        let index = self.index;
        self.index += 1;
        if self.index > MAX_ITEMS {
            return self.walk.items(Some(self.index));
        }
        self.walk.element(index, value)
    }
}

/// The list-like parts of the walk: each element is the next position of the list.
macro_rules! positional {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = Stop;
            fn $method<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
                self.next(value)
            }
            fn end(self) -> Result<(), Stop> {
                Ok(())
            }
        }
    )*};
}

positional!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Seq<'_> {
    type Ok = ();
    type Error = Stop;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Stop> {
        self.index += 1;
        if self.index > MAX_ITEMS {
            return self.walk.items(Some(self.index));
        }
        self.walk.path.push(Step::Key);
        let result = key.serialize(&mut *self.walk);
        self.walk.path.pop();
        result
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Stop> {
        // A map's values are limited as the map's field is: `texts` holds documents.
        value.serialize(&mut *self.walk)
    }
    fn end(self) -> Result<(), Stop> {
        Ok(())
    }
}

/// The struct-like parts of the walk: each field is named in the path.
macro_rules! named {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Seq<'_> {
            type Ok = ();
            type Error = Stop;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                key: &'static str,
                value: &T,
            ) -> Result<(), Stop> {
                self.walk.field(key, value)
            }
            fn end(self) -> Result<(), Stop> {
                Ok(())
            }
        }
    )*};
}

named!(SerializeStruct, SerializeStructVariant);

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Note {
        id: String,
        note: String,
    }

    #[derive(Serialize)]
    struct File {
        title: String,
        items: Vec<Note>,
        texts: std::collections::BTreeMap<String, String>,
    }

    fn file() -> File {
        File {
            title: "t".into(),
            items: vec![
                Note {
                    id: "a".into(),
                    note: "short".into(),
                },
                Note {
                    id: "b".into(),
                    note: "x".repeat(TEXT_FIELD_BYTES),
                },
            ],
            texts: [("doc".to_owned(), "y".repeat(1_000_000))].into(),
        }
    }

    #[test]
    fn within_limits_passes_and_documents_may_be_long() {
        assert_eq!(check(&file()), Ok(()));
    }

    #[test]
    fn a_long_field_is_named_with_its_path() {
        let mut f = file();
        f.items[1].note.push('x');
        let err = check(&f).unwrap_err();
        assert_eq!(err.field, "items[1].note");
        assert!(err.to_string().contains("262145 bytes"), "{err}");

        let mut f = file();
        f.title = "t".repeat(SHORT_FIELD_BYTES + 1);
        assert_eq!(check(&f).unwrap_err().field, "title");
    }

    #[test]
    fn a_value_that_cannot_be_measured_is_refused() {
        #[derive(Serialize)]
        struct Odd {
            big: u128,
        }
        assert!(check(&Odd { big: 1 }).is_err());
    }

    #[test]
    fn too_many_items_are_named() {
        let mut f = file();
        f.items = (0..=MAX_ITEMS)
            .map(|i| Note {
                id: i.to_string(),
                note: String::new(),
            })
            .collect();
        let err = check(&f).unwrap_err();
        assert_eq!(err.field, "items");
        assert!(err.size.to_string().contains("100001 items"), "{err}");
    }
}
