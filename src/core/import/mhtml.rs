//! Web pages a browser saved as one file (`.mhtml`, `.mht`): a MIME multipart message whose
//! `text/html` part is the page, its pictures and styles in the other parts. `mail-parser`
//! reads the parts and decodes them (quoted-printable, base64, the part's charset).

use mail_parser::{MessageParser, PartType};

use super::Imported;

/// The page saved in an MHTML file, read as [`super::html::from_html`] reads a page; `None` if
/// the file has no HTML part. The page's address is the one the browser saved it from where the
/// page names none.
pub fn from_mhtml(bytes: &[u8]) -> Option<Imported> {
    let message = MessageParser::default().parse(bytes)?;
    let page = message.parts.iter().find_map(|part| match &part.body {
        PartType::Html(html) => Some(html.as_ref()),
        _ => None,
    })?;
    let mut imported = super::html::from_html(page);
    if imported.url.is_empty() {
        let saved_from = message
            .header_raw("Snapshot-Content-Location")
            .or_else(|| {
                message
                    .parts
                    .iter()
                    .find(|p| matches!(p.body, PartType::Html(_)))
                    .and_then(|p| {
                        p.headers
                            .iter()
                            .find(|h| h.name.as_str().eq_ignore_ascii_case("Content-Location"))
                            .and_then(|h| h.value.as_text())
                    })
            })
            .map(str::trim)
            .unwrap_or_default();
        if saved_from.starts_with("http") {
            saved_from.clone_into(&mut imported.url);
            if imported.published.is_empty() {
                imported.published = super::html::meta::date_in_url(saved_from);
            }
        }
    }
    Some(imported)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page as Chrome saves it: quoted-printable HTML with soft line breaks and `=3D`, a
    /// picture in base64 beside it.
    fn saved_page() -> String {
        let paragraph = "The council counted 62 attacks on the bases during the last month, \
                         according to the agency's report published on Tuesday.";
        let mut html = String::from(
            "<!DOCTYPE html><html lang=3D\"es\"><head><meta charset=3D\"utf-8\">\
             <title>Recuento de ataques</title></head><body><article><h1>Recuento de ataques</h1>",
        );
        for i in 0..6 {
            html.push_str("<p>");
            html.push_str(paragraph);
            html.push_str(" P=C3=A1rrafo ");
            html.push_str(&i.to_string());
            html.push_str(".</p>");
        }
        html.push_str("</article></body></html>");
        // Quoted-printable lines are at most 76 characters, broken with a soft "=" (never inside
        // an escape such as "=C3").
        let mut encoded = String::new();
        let mut line = 0;
        let mut chars = html.chars();
        while let Some(c) = chars.next() {
            encoded.push(c);
            line += 1;
            if c == '=' {
                encoded.extend(chars.by_ref().take(2));
                line += 2;
            }
            if line >= 70 {
                encoded.push_str("=\r\n");
                line = 0;
            }
        }
        format!(
            "From: <Saved by Blink>\r\n\
             Snapshot-Content-Location: https://example.org/2023/11/22/recuento\r\n\
             Subject: Recuento de ataques\r\n\
             MIME-Version: 1.0\r\n\
             Content-Type: multipart/related;\r\n\
             \ttype=\"text/html\";\r\n\
             \tboundary=\"----MultipartBoundary--abc\"\r\n\
             \r\n\
             ------MultipartBoundary--abc\r\n\
             Content-Type: text/html\r\n\
             Content-ID: <frame-1@mhtml.blink>\r\n\
             Content-Transfer-Encoding: quoted-printable\r\n\
             Content-Location: https://example.org/2023/11/22/recuento\r\n\
             \r\n\
             {encoded}\r\n\
             ------MultipartBoundary--abc\r\n\
             Content-Type: image/png\r\n\
             Content-Transfer-Encoding: base64\r\n\
             Content-Location: https://example.org/picture.png\r\n\
             \r\n\
             iVBORw0KGgo=\r\n\
             ------MultipartBoundary--abc--\r\n"
        )
    }

    #[test]
    fn a_saved_page_gives_its_article_decoded() {
        let page = saved_page();
        assert!(page.contains("=\r\n"), "the test page has soft line breaks");
        let imported = from_mhtml(page.as_bytes()).unwrap();
        assert_eq!(imported.title, "Recuento de ataques");
        assert_eq!(imported.language, "es");
        assert_eq!(imported.url, "https://example.org/2023/11/22/recuento");
        assert_eq!(imported.published, "2023-11-22");
        assert!(imported.text.contains("Párrafo 0."), "{}", imported.text);
        assert!(imported.text.contains("Párrafo 5."), "{}", imported.text);
        assert!(!imported.text.contains("=C3"), "{}", imported.text);
        assert!(!imported.text.contains("iVBOR"), "{}", imported.text);
    }

    #[test]
    fn a_message_without_a_page_is_none() {
        let mail = "MIME-Version: 1.0\r\nContent-Type: image/png\r\n\
                    Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n";
        assert_eq!(from_mhtml(mail.as_bytes()), None);
        assert_eq!(from_mhtml(b""), None);
    }
}
