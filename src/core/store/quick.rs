//! A quick reader for the plain subset of RON that [`super::to_ron_string`] writes.
//!
//! `ron`'s parser is general (comments, extensions, raw identifiers, number bases, Unicode
//! identifiers) and spends most of a large session's load scanning identifiers and whitespace
//! char by char (`perf`: `next_chars_while_from_len` and `skip_ws` about 30%). This reader
//! understands only what our writer produces — structs `( field: value )` without names, lists,
//! maps, `Some(…)`/`None`, enum variants, plain and raw strings with the common escapes, decimal
//! integers, booleans — and gives up on anything else. [`super::parse_ron`] then falls back to `ron`,
//! which reads the file or reports the exact line and column of the error. So this reader never
//! decides whether a file is valid: it either agrees with `ron` (checked by a property test on
//! mutated files) or steps aside.

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer as _, Visitor};

/// Reads `text` if it is in the subset; `None` means "ask `ron`".
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Option<T> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        text,
        at: 0,
    };
    let value = T::deserialize(&mut reader).ok()?;
    reader.skip_ws();
    (reader.at == reader.bytes.len()).then_some(value)
}

/// Why the quick reader stepped aside. Never shown: `ron` reports errors.
#[derive(Debug)]
pub(crate) struct GiveUp;

impl std::fmt::Display for GiveUp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not in the quick subset")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<M: std::fmt::Display>(_message: M) -> Self {
        GiveUp
    }
}

type Result<T> = std::result::Result<T, GiveUp>;

struct Reader<'de> {
    text: &'de str,
    bytes: &'de [u8],
    at: usize,
}

impl<'de> Reader<'de> {
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\t' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    /// The next byte after whitespace, not consumed.
    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<()> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(GiveUp)
        }
    }

    /// After an element of a list, struct or map: a comma (maybe trailing), or the closer.
    /// Returns true when the closer was consumed.
    fn comma_or_close(&mut self, close: u8) -> Result<bool> {
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                if self.peek() == Some(close) {
                    self.at += 1;
                    return Ok(true);
                }
                Ok(false)
            }
            Some(b) if b == close => {
                self.at += 1;
                Ok(true)
            }
            _ => Err(GiveUp),
        }
    }

    /// An ASCII identifier. Raw identifiers (`r#…`) and non-ASCII ones are left to `ron`.
    fn identifier(&mut self) -> Result<&'de str> {
        self.skip_ws();
        let start = self.at;
        match self.bytes.get(self.at) {
            Some(b) if b.is_ascii_alphabetic() || *b == b'_' => self.at += 1,
            _ => return Err(GiveUp),
        }
        while let Some(b) = self.bytes.get(self.at) {
            if b.is_ascii_alphanumeric() || *b == b'_' {
                self.at += 1;
            } else if *b == b'#' || !b.is_ascii() {
                return Err(GiveUp);
            } else {
                break;
            }
        }
        Ok(&self.text[start..self.at])
    }

    /// The keyword `word` (`None`, `Some`, `true`, …) as a whole identifier.
    fn keyword(&mut self, word: &str) -> bool {
        let save = self.at;
        match self.identifier() {
            Ok(found) if found == word => true,
            _ => {
                self.at = save;
                false
            }
        }
    }

    /// A decimal integer, with an optional minus sign. Other forms are left to `ron`.
    fn integer(&mut self) -> Result<(bool, u64)> {
        self.skip_ws();
        let negative = self.bytes.get(self.at) == Some(&b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        // `1.5`, `1e3`, `0x1F`, `1_000`, `1u8` are not plain integers.
        if self.at == start
            || self
                .bytes
                .get(self.at)
                .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_'))
        {
            return Err(GiveUp);
        }
        let value = self.text[start..self.at].parse().map_err(|_| GiveUp)?;
        Ok((negative, value))
    }

    /// A plain string with the escapes our writer and `ron` agree on, or a raw string.
    fn string(&mut self) -> Result<std::borrow::Cow<'de, str>> {
        match self.peek() {
            Some(b'"') => {
                self.at += 1;
                self.plain_string()
            }
            Some(b'r') => {
                self.at += 1;
                self.raw_string()
            }
            _ => Err(GiveUp),
        }
    }

    fn plain_string(&mut self) -> Result<std::borrow::Cow<'de, str>> {
        let start = self.at;
        let rest = &self.bytes[start..];
        let end = memchr::memchr2(b'"', b'\\', rest).ok_or(GiveUp)?;
        if rest[end] == b'"' {
            self.at = start + end + 1;
            return Ok(std::borrow::Cow::Borrowed(&self.text[start..start + end]));
        }
        let mut out = String::with_capacity(end + 16);
        let mut from = start;
        loop {
            let rest = &self.bytes[from..];
            let next = memchr::memchr2(b'"', b'\\', rest).ok_or(GiveUp)?;
            out.push_str(&self.text[from..from + next]);
            let at = from + next;
            if self.bytes[at] == b'"' {
                self.at = at + 1;
                return Ok(std::borrow::Cow::Owned(out));
            }
            out.push(match self.bytes.get(at + 1) {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'n') => '\n',
                Some(b't') => '\t',
                Some(b'r') => '\r',
                // `\u{…}`, `\x…`, line continuations and the rest: `ron` knows their rules.
                _ => return Err(GiveUp),
            });
            from = at + 2;
        }
    }

    /// After the `r`: `#`s, a quote, the text, a quote and as many `#`s. No escapes inside.
    fn raw_string(&mut self) -> Result<std::borrow::Cow<'de, str>> {
        let hashes = self.bytes[self.at..]
            .iter()
            .take_while(|&&b| b == b'#')
            .count();
        self.at += hashes;
        if self.bytes.get(self.at) != Some(&b'"') {
            return Err(GiveUp);
        }
        self.at += 1;
        let start = self.at;
        let mut closing = vec![b'"'];
        closing.resize(1 + hashes, b'#');
        let end = memchr::memmem::find(&self.bytes[start..], &closing).ok_or(GiveUp)?;
        self.at = start + end + closing.len();
        Ok(std::borrow::Cow::Borrowed(&self.text[start..start + end]))
    }

    /// The fields of a struct or struct variant, after its `(`. A visitor that stops before the
    /// closer is left to `ron` too.
    fn fields<V: Visitor<'de>>(&mut self, visitor: V) -> Result<V::Value> {
        let mut fields = Fields {
            reader: self,
            done: false,
        };
        let value = visitor.visit_map(&mut fields)?;
        fields.done.then_some(value).ok_or(GiveUp)
    }

    /// The elements of a list or tuple up to `close`, after its opener.
    fn elements<V: Visitor<'de>>(&mut self, close: u8, visitor: V) -> Result<V::Value> {
        let mut elements = Elements {
            reader: self,
            close,
            done: false,
        };
        let value = visitor.visit_seq(&mut elements)?;
        elements.done.then_some(value).ok_or(GiveUp)
    }
}

fn visit_string<'de, V: Visitor<'de>>(
    text: std::borrow::Cow<'de, str>,
    visitor: V,
) -> Result<V::Value> {
    match text {
        std::borrow::Cow::Borrowed(s) => visitor.visit_borrowed_str(s),
        std::borrow::Cow::Owned(s) => visitor.visit_string(s),
    }
}

macro_rules! give_up {
    ($($name:ident)*) => {
        $(fn $name<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value> {
            Err(GiveUp)
        })*
    };
}

impl<'de> de::Deserializer<'de> for &mut Reader<'de> {
    type Error = GiveUp;

    // Self-describing reads, floats, chars and bytes are rare in our files; `ron` reads them.
    give_up!(deserialize_any deserialize_ignored_any deserialize_f32 deserialize_f64
        deserialize_char deserialize_bytes deserialize_byte_buf);

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.keyword("true") {
            visitor.visit_bool(true)
        } else if self.keyword("false") {
            visitor.visit_bool(false)
        } else {
            Err(GiveUp)
        }
    }

    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_i64(visitor)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let (negative, magnitude) = self.integer()?;
        let value = i64::try_from(magnitude).map_err(|_| GiveUp)?;
        visitor.visit_i64(if negative { -value } else { value })
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_u64(visitor)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.integer()? {
            (false, value) => visitor.visit_u64(value),
            (true, _) => Err(GiveUp),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let text = self.string()?;
        visit_string(text, visitor)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        if self.keyword("None") {
            visitor.visit_none()
        } else if self.keyword("Some") {
            self.expect(b'(')?;
            let value = visitor.visit_some(&mut *self)?;
            self.expect(b')')?;
            Ok(value)
        } else {
            Err(GiveUp)
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'(')?;
        self.expect(b')')?;
        visitor.visit_unit()
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_unit(visitor)
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _visitor: V,
    ) -> Result<V::Value> {
        Err(GiveUp)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'[')?;
        self.elements(b']', visitor)
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.expect(b'(')?;
        self.elements(b')', visitor)
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value> {
        self.deserialize_tuple(len, visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        self.expect(b'{')?;
        let mut entries = Entries {
            reader: &mut *self,
            done: false,
        };
        let value = visitor.visit_map(&mut entries)?;
        entries.done.then_some(value).ok_or(GiveUp)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        // A named struct (`Name(…)`) is left to `ron`.
        self.expect(b'(')?;
        self.fields(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(Variant { reader: self })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let name = self.identifier()?;
        visitor.visit_borrowed_str(name)
    }
}

/// The elements of a list or tuple, up to `close`.
struct Elements<'r, 'de> {
    reader: &'r mut Reader<'de>,
    close: u8,
    done: bool,
}

impl<'de> de::SeqAccess<'de> for Elements<'_, 'de> {
    type Error = GiveUp;

    fn next_element_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<Option<S::Value>> {
        if self.done {
            return Ok(None);
        }
        if self.reader.peek() == Some(self.close) {
            self.reader.at += 1;
            self.done = true;
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.reader)?;
        self.done = self.reader.comma_or_close(self.close)?;
        Ok(Some(value))
    }
}

/// The entries of a map, up to `}`.
struct Entries<'r, 'de> {
    reader: &'r mut Reader<'de>,
    done: bool,
}

impl<'de> de::MapAccess<'de> for Entries<'_, 'de> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.done {
            return Ok(None);
        }
        if self.reader.peek() == Some(b'}') {
            self.reader.at += 1;
            self.done = true;
            return Ok(None);
        }
        let key = seed.deserialize(&mut *self.reader)?;
        self.reader.expect(b':')?;
        Ok(Some(key))
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.done = self.reader.comma_or_close(b'}')?;
        Ok(value)
    }
}

/// The fields of a struct, up to `)`: field names are identifiers.
struct Fields<'r, 'de> {
    reader: &'r mut Reader<'de>,
    done: bool,
}

impl<'de> de::MapAccess<'de> for Fields<'_, 'de> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.done {
            return Ok(None);
        }
        if self.reader.peek() == Some(b')') {
            self.reader.at += 1;
            self.done = true;
            return Ok(None);
        }
        let name = self.reader.identifier()?;
        self.reader.expect(b':')?;
        seed.deserialize(name.into_deserializer()).map(Some)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value> {
        let value = seed.deserialize(&mut *self.reader)?;
        self.done = self.reader.comma_or_close(b')')?;
        Ok(value)
    }
}

/// An enum value: `Unit`, `Newtype(value)`, `Tuple(a, b)` or `Struct(field: value, …)`.
struct Variant<'r, 'de> {
    reader: &'r mut Reader<'de>,
}

impl<'de> de::EnumAccess<'de> for Variant<'_, 'de> {
    type Error = GiveUp;
    type Variant = Self;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self)> {
        let name = self.reader.identifier()?;
        let value = seed.deserialize(name.into_deserializer())?;
        Ok((value, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = GiveUp;

    fn unit_variant(self) -> Result<()> {
        // `Variant()` and `Variant` are both unit in `ron`; only the bare form is ours.
        match self.reader.peek() {
            Some(b'(') => Err(GiveUp),
            _ => Ok(()),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value> {
        self.reader.expect(b'(')?;
        let value = seed.deserialize(&mut *self.reader)?;
        // A trailing comma is allowed in `ron`: `Variant(value,)`.
        if self.reader.peek() == Some(b',') {
            self.reader.at += 1;
        }
        self.reader.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value> {
        self.reader.expect(b'(')?;
        self.reader.elements(b')', visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        self.reader.expect(b'(')?;
        self.reader.fields(visitor)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::from_str;
    use crate::core::session::{SESSION_FORMAT, Session};
    use crate::core::store;

    fn sample_session_text() -> String {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lessons/counting-the-attacks/example.session.ron"
        );
        std::fs::read_to_string(path).unwrap()
    }

    #[test]
    fn reads_the_sample_session_and_lesson_as_ron_does() {
        let text = sample_session_text();
        let quick: Session = from_str(&text).expect("in the quick subset");
        let ron: Session = ron::from_str(&text).unwrap();
        assert_eq!(quick, ron);

        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lessons/counting-the-attacks/lesson.ron"
        );
        let text = std::fs::read_to_string(path).unwrap();
        let ron: crate::core::lesson::Lesson = ron::from_str(&text).unwrap();
        if let Some(quick) = from_str::<crate::core::lesson::Lesson>(&text) {
            assert_eq!(quick, ron);
        }
    }

    #[test]
    fn steps_aside_for_what_only_ron_knows_and_ron_reads_it() {
        let text = sample_session_text();
        let plain: Session = ron::from_str(&text).unwrap();
        let variants = [
            // a comment
            text.replacen("annotations: [", "// claims\n  annotations: [", 1),
            // a named struct
            text.replacen("selector: (", "selector: Selector(", 1),
            // a number in another notation
            text.replacen("format: 1,", "format: 0x1,", 1),
            // a Unicode escape
            text.replacen("\"c1\"", "\"\\u{63}1\"", 1),
            // an extension header
            format!("#![enable(implicit_some)]\n{text}"),
        ];
        for variant in variants {
            assert_ne!(variant, text);
            assert!(from_str::<Session>(&variant).is_none(), "{variant}");
            let read: Session = store::parse_ron(&variant, "v", SESSION_FORMAT).unwrap();
            assert_eq!(read, plain);
        }
    }

    #[test]
    fn escapes_and_raw_strings_read_as_ron_reads_them() {
        for text in [
            r#""a\"b\\c\nd\te\rf""#,
            r##"r#"say "hi" \n"#"##,
            r#"r"plain raw""#,
            "\"literal\nnewline\"",
        ] {
            let quick: String = from_str(text).expect(text);
            let ron: String = ron::from_str(text).unwrap();
            assert_eq!(quick, ron, "{text}");
        }
        for text in [
            "\"open",
            "r#\"open\"",
            "\"bad \\q escape\"",
            "12",
            "\"a\" \"b\"",
        ] {
            assert!(from_str::<String>(text).is_none(), "{text}");
        }
        assert_eq!(from_str::<Vec<u32>>("[1, 2, 3,]"), Some(vec![1, 2, 3]));
        assert_eq!(from_str::<Option<i64>>("Some(-5)"), Some(Some(-5)));
        assert_eq!(from_str::<u8>("300"), None);
        assert_eq!(from_str::<u32>("1_000"), None);
        assert_eq!(from_str::<(u8, u8)>("(1, 2, 3)"), None);
    }

    /// What a mutation inserts; the empty string deletes a character instead.
    const INSERTS: &[&str] = &[
        "", ",", "(", ")", "[", "]", "{", "}", ":", "\"", "\\", "#", "r", "/", "*", " ", "\n", "0",
        "-", "Some(", "None", "x", "\\u{41}", "\\n", "1.5", "r#\"", "\"#", "//", "é",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// Broken and odd files: whenever the quick reader reads one, `ron` reads the same value.
        #[test]
        fn never_disagrees_with_ron(
            session: Session,
            edits in proptest::collection::vec(
                (any::<proptest::sample::Index>(), 0..INSERTS.len()), 1..4),
        ) {
            let mut text = store::to_ron_string(&session).unwrap();
            for (at, op) in edits {
                let mut pos = at.index(text.len() + 1);
                while !text.is_char_boundary(pos) {
                    pos -= 1;
                }
                if INSERTS[op].is_empty() {
                    if let Some(c) = text[pos..].chars().next() {
                        text.replace_range(pos..pos + c.len_utf8(), "");
                    }
                } else {
                    text.insert_str(pos, INSERTS[op]);
                }
            }
            if let Some(quick) = from_str::<Session>(&text) {
                let ron: Session = ron::from_str(&text)
                    .map_err(|e| TestCaseError::fail(format!("ron refuses: {e}\n{text}")))?;
                prop_assert_eq!(quick, ron);
            }
        }
    }
}
