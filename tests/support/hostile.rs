//! Files made to harm a reader, written by code here (nothing of them is committed): PDFs whose
//! forms draw themselves or fan out, a doubly compressed stream, a Word file that is a zip bomb,
//! a page nested ten thousand deep. The compressed ones are written straight in DEFLATE's fixed
//! codes, so that gigabytes of output cost a few megabytes and no time to make.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::fmt::Write as _;

/// DEFLATE bits, least significant first, in one block of fixed Huffman codes.
struct Bits {
    out: Vec<u8>,
    acc: u64,
    count: u32,
}

impl Bits {
    fn new() -> Self {
        let mut bits = Self {
            out: Vec::new(),
            acc: 0,
            count: 0,
        };
        // The last block (1), of fixed codes (01).
        bits.push(1, 1);
        bits.push(1, 2);
        bits
    }

    /// `count` bits of `value`, lowest first (headers and extra bits).
    fn push(&mut self, value: u64, count: u32) {
        self.acc |= value << self.count;
        self.count += count;
        while self.count >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.count -= 8;
        }
    }

    /// A Huffman code, its highest bit first.
    fn code(&mut self, code: u32, length: u32) {
        let reversed = code.reverse_bits() >> (32 - length);
        self.push(u64::from(reversed), length);
    }

    fn literal(&mut self, byte: u8) {
        if byte < 144 {
            self.code(0x30 + u32::from(byte), 8);
        } else {
            self.code(0x190 + u32::from(byte - 144), 9);
        }
    }

    /// A copy of 258 bytes from `distance` back (1..=32768).
    fn copy_258(&mut self, distance: u32) {
        self.code(0xC5, 8); // length symbol 285: 258, no extra bits
        let (mut code, mut base, mut extra) = (0u32, 1u32, 0u32);
        while base + (1 << extra) <= distance {
            base += 1 << extra;
            code += 1;
            extra = if code < 4 { 0 } else { code / 2 - 1 };
        }
        self.code(code, 5);
        self.push(u64::from(distance - base), extra);
    }

    fn finish(mut self) -> Vec<u8> {
        self.code(0, 7); // end of block
        if self.count > 0 {
            self.out.push(self.acc as u8);
        }
        self.out
    }
}

/// Raw DEFLATE of `data`, copying runs that repeat `period` bytes back (fast for periodic data).
fn deflate_periodic(data: &[u8], period: usize) -> Vec<u8> {
    let mut bits = Bits::new();
    let mut i = 0;
    while i < data.len() {
        if i >= period
            && i + 258 <= data.len()
            && data[i..i + 258] == data[i - period..i - period + 258]
        {
            bits.copy_258(period as u32);
            i += 258;
        } else {
            bits.literal(data[i]);
            i += 1;
        }
    }
    bits.finish()
}

/// Raw DEFLATE of `byte` repeated about `bytes` times (1 + a multiple of 258), and how many.
fn deflate_run(byte: u8, bytes: u64) -> (Vec<u8>, u64) {
    let copies = bytes / 258;
    let mut bits = Bits::new();
    bits.literal(byte);
    for _ in 0..copies {
        bits.copy_258(1);
    }
    (bits.finish(), 1 + copies * 258)
}

fn zlib(deflated: Vec<u8>, adler: u32) -> Vec<u8> {
    let mut out = vec![0x78, 0x01];
    out.extend(deflated);
    out.extend(adler.to_be_bytes());
    out
}

fn adler32(data: &[u8]) -> u32 {
    let (mut a, mut b) = (1u32, 0u32);
    for &byte in data {
        a = (a + u32::from(byte)) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// zlib data inflating to about `bytes` copies of `byte`.
pub fn zlib_run(byte: u8, bytes: u64) -> Vec<u8> {
    let (deflated, n) = deflate_run(byte, bytes);
    let m = 65521u128;
    let a = (1 + u128::from(n) * u128::from(byte)) % m;
    let b = (u128::from(n) + u128::from(byte) * u128::from(n) * (u128::from(n) + 1) / 2) % m;
    zlib(deflated, ((b << 16) | a) as u32)
}

/// A PDF of these objects (numbered from 1; 1 is the catalog), with its cross-reference table.
pub fn pdf(objects: &[Vec<u8>]) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).bytes());
        out.extend(object);
        out.extend(b"\nendobj\n");
    }
    let xref = out.len();
    let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
    for offset in offsets {
        writeln!(table, "{offset:010} 00000 n ").unwrap();
    }
    write!(
        table,
        "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    )
    .unwrap();
    out.extend(table.bytes());
    out
}

/// A stream object: its dictionary's entries besides `/Length`, and its data.
pub fn stream(entries: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< /Length {} {entries} >>\nstream\n", data.len()).into_bytes();
    out.extend(data);
    out.extend(b"\nendstream");
    out
}

/// Objects 1 to 5 of a one-page PDF: catalog, pages, the page (drawing `/Fm0` and with font
/// `/F1`), the font, and the page's contents; forms follow from object 6.
fn page_with(contents: Vec<u8>) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm0 6 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        contents,
    ]
}

fn form(draws: &str, next: usize) -> Vec<u8> {
    stream(
        &format!(
            "/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> /XObject << /Fm0 {next} 0 R >> >>"
        ),
        draws.as_bytes(),
    )
}

/// A page drawing a form that draws itself.
pub fn self_drawing_form() -> Vec<u8> {
    let mut objects = page_with(stream("", b"/Fm0 Do"));
    objects.push(form("BT /F1 12 Tf 72 700 Td (Again) Tj ET /Fm0 Do", 6));
    pdf(&objects)
}

/// A page drawing a form that draws the next ten times, `depth` deep: 10^depth drawings of text.
pub fn fanned_out_forms(depth: usize) -> Vec<u8> {
    let mut objects = page_with(stream("", b"/Fm0 Do"));
    for level in 0..depth {
        let draws = "q /Fm0 Do Q ".repeat(10);
        objects.push(form(&draws, 6 + level + 1));
    }
    objects.push(form("BT /F1 12 Tf 72 700 Td (Leaf text) Tj ET", 6));
    pdf(&objects)
}

/// A page whose contents are Flate-compressed twice and inflate to about `bytes` bytes: the
/// outer layer is small, the inner one a bomb.
pub fn double_flate(bytes: u64) -> Vec<u8> {
    let inner = zlib_run(b' ', bytes);
    // The inner stream repeats every 13 bytes after its first few (eight copies of 13 bits).
    let outer = zlib(deflate_periodic(&inner, 13), adler32(&inner));
    pdf(&page_with(stream(
        "/Filter [/FlateDecode /FlateDecode]",
        &outer,
    )))
}

/// A zip archive of (name, method 0 or 8, data as stored, CRC-32, size when unpacked).
fn zip(entries: &[(&str, u16, Vec<u8>, u32, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, method, data, crc, size) in entries {
        let offset = out.len() as u32;
        let header = |signature: u32, central: bool| {
            let mut h = signature.to_le_bytes().to_vec();
            if central {
                h.extend(20u16.to_le_bytes()); // made by
            }
            h.extend(20u16.to_le_bytes()); // needed
            h.extend(0u16.to_le_bytes()); // flags
            h.extend(method.to_le_bytes());
            h.extend([0, 0, 0x21, 0]); // time, date
            h.extend(crc.to_le_bytes());
            h.extend((data.len() as u32).to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes()); // extra
            if central {
                h.extend([0; 6]); // comment length, disk, internal attributes
                h.extend(0u32.to_le_bytes()); // external attributes
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(data);
        central.extend(header(0x0201_4b50, true));
    }
    let at = out.len() as u32;
    let count = entries.len() as u16;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0; 4]);
    out.extend(count.to_le_bytes());
    out.extend(count.to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(at.to_le_bytes());
    out.extend([0; 2]);
    out
}

fn crc32(data: &[u8]) -> u32 {
    let mut crc = flate2::Crc::new();
    crc.update(data);
    crc.sum()
}

/// A Word file whose main part unpacks to about `bytes` bytes of spaces (its size as declared;
/// the checksum of a large one is left out: no reader gets that far).
pub fn docx_zip_bomb(bytes: u32) -> Vec<u8> {
    let types = br#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#.to_vec();
    let rels = br#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#.to_vec();
    let (bomb, n) = deflate_run(b' ', u64::from(bytes));
    // A small one is read to its end, where its checksum is checked.
    let crc = if n <= 1 << 20 {
        crc32(&vec![b' '; n as usize])
    } else {
        0
    };
    zip(&[
        (
            "[Content_Types].xml",
            0,
            types.clone(),
            crc32(&types),
            types.len() as u32,
        ),
        (
            "_rels/.rels",
            0,
            rels.clone(),
            crc32(&rels),
            rels.len() as u32,
        ),
        ("word/document.xml", 8, bomb, crc, n as u32),
    ])
}

/// A page with its text nested `depth` quotes deep.
pub fn deep_html(depth: usize) -> Vec<u8> {
    let mut page =
        String::from("<!doctype html><html><head><title>Deep</title></head><body><article>");
    for level in 0..depth {
        write!(page, "<blockquote><div>Level {level} says a little.").unwrap();
    }
    for _ in 0..depth {
        page.push_str("</div></blockquote>");
    }
    page.push_str("<p>The end of the page.</p></article></body></html>");
    page.into_bytes()
}
