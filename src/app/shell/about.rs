//! Help ▸ About: the version and build date, the licences (the app's, the fonts', the crates'),
//! where the preferences and the recovery copies live on this computer (portable or not), and how
//! to report a problem. It takes the keyboard when it opens (its Close button) and gives it back
//! when it closes (Close, Escape, or its title bar's ✕).

use super::super::CrosscheckApp;
use crate::core::store::places::{PORTABLE_MARKER, Placement};

/// Help ▸ About, while it is shown.
#[derive(Clone, Debug, Default)]
pub struct About {
    /// "Copy details" was pressed: said beside it.
    pub copied: bool,
}

/// The version, from Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The build date (`YYYY-MM-DD`, UTC; `SOURCE_DATE_EPOCH` when set: see build.rs).
pub const BUILD_DATE: &str = env!("CROSSCHECK_BUILD_DATE");

const LICENCE_MIT: &str = include_str!("../../../assets/licences/LICENSE-MIT");
const LICENCE_APACHE: &str = include_str!("../../../assets/licences/LICENSE-APACHE");
const LICENCE_FONTS: &str = include_str!("../../../assets/fonts/OFL.txt");
/// The crates and their licences (written by .ci/licences.py).
const CRATES: &str = include_str!("../../../assets/licences/crates.txt");

/// How many crates the list names (its lines that are not comments or blank).
fn crate_count() -> usize {
    CRATES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .count()
}

/// What "Copy details" puts on the clipboard for a problem report (not translated: it is read
/// by whoever fixes the problem).
fn details(app: &CrosscheckApp) -> String {
    let data = &app.data_folder;
    let placement = match data.placement() {
        Placement::Portable => "portable",
        Placement::Profile => "profile",
        Placement::Temporary => "temporary",
    };
    format!(
        "Crosscheck {VERSION} (built {BUILD_DATE}) on {} {}\nData folder ({placement}): {}",
        std::env::consts::OS,
        std::env::consts::ARCH,
        data.root().display()
    )
}

/// A licence's text under a header that opens it (keyboard reachable), scrolled in place.
fn licence_text(ui: &mut egui::Ui, title: String, text: &str) {
    egui::CollapsingHeader::new(title).show(ui, |ui| {
        egui::ScrollArea::vertical()
            .id_salt(text.len())
            .max_height(240.0)
            .show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(text).monospace()).wrap());
            });
    });
}

/// The About window, while `app.about` is set.
pub fn about_window_ui(app: &mut CrosscheckApp, ctx: &egui::Context) {
    let mut open = app.about.is_some();
    if open && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
        open = false;
    }
    let just_opened = super::focus::dialog(ctx, "about", open);
    let mut close = false;
    egui::Window::new(tr!(ctx, "about-title"))
        .id(egui::Id::unique("about-window"))
        .open(&mut open)
        .collapsible(false)
        .default_width(560.0)
        .max_height(ctx.content_rect().height() * 0.85)
        .show(ctx, |ui| {
            let button = ui.button(tr!(ui, "about-close"));
            if just_opened {
                button.request_focus();
            }
            close = button.clicked();
            // Tall enough to read without scrolling much; the licences scroll within.
            egui::ScrollArea::vertical()
                .min_scrolled_height(ctx.content_rect().height() * 0.6)
                .show(ui, |ui| contents_ui(app, ui));
        });
    if !open || close {
        app.about = None;
    }
}

fn contents_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    ui.heading(tr!(ui, "about-name"));
    ui.label(tr!(
        ui,
        "about-version",
        version = VERSION,
        date = BUILD_DATE
    ));
    ui.add(egui::Label::new(tr!(ui, "about-summary")).wrap());

    ui.separator();
    ui.strong(tr!(ui, "about-data-heading"));
    let data = &app.data_folder;
    let where_ = match data.placement() {
        Placement::Portable => tr!(ui, "about-data-portable"),
        Placement::Profile => tr!(ui, "about-data-profile", marker = PORTABLE_MARKER),
        Placement::Temporary => tr!(ui, "about-data-temporary"),
    };
    ui.add(egui::Label::new(where_).wrap());
    let preferences = data.preferences_file().display().to_string();
    ui.add(egui::Label::new(tr!(ui, "about-preferences", path = preferences)).wrap());
    let recovery = data.recovery_folder().display().to_string();
    ui.add(egui::Label::new(tr!(ui, "about-recovery", path = recovery)).wrap());

    ui.separator();
    ui.strong(tr!(ui, "about-report-heading"));
    ui.add(egui::Label::new(tr!(ui, "about-report")).wrap());
    let details = details(app);
    ui.label(egui::RichText::new(&details).monospace());
    ui.horizontal(|ui| {
        if ui.button(tr!(ui, "about-copy")).clicked() {
            ui.ctx().copy_text(details);
            if let Some(about) = app.about.as_mut() {
                about.copied = true;
            }
        }
        if app.about.as_ref().is_some_and(|a| a.copied) {
            ui.label(tr!(ui, "about-copied"));
        }
    });

    ui.separator();
    ui.strong(tr!(ui, "about-licences-heading"));
    ui.add(egui::Label::new(tr!(ui, "about-licence")).wrap());
    ui.add(egui::Label::new(tr!(ui, "about-fonts")).wrap());
    ui.add(egui::Label::new(tr!(ui, "about-crates", count = crate_count())).wrap());
    licence_text(ui, tr!(ui, "about-licence-mit"), LICENCE_MIT);
    licence_text(ui, tr!(ui, "about-licence-apache"), LICENCE_APACHE);
    licence_text(ui, tr!(ui, "about-licence-fonts"), LICENCE_FONTS);
    licence_text(ui, tr!(ui, "about-licence-crates"), CRATES);
}
