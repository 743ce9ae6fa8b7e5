//! The Process view's controls above the article: Play and its speed, the slider over the
//! trail's entries, the next paste or verdict, what the entry shown did, and the timeline as a
//! list of the work sessions with their marks (only the rows on screen drawn).

use super::super::CrosscheckApp;
use super::super::i18n::Speaks as _;
use super::super::widgets::forms::labelled_combo;
use super::super::worker::Latest;
use super::TeacherJob;
use super::process::{Built, MarkKind, Process, SPEEDS, TimelineRow};

/// The switch between the work as handed in and its Process view.
pub fn toggle_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(class) = app.teacher.as_mut().and_then(|d| d.class.as_mut()) else {
        return;
    };
    let process = &mut class.process;
    ui.horizontal(|ui| {
        if ui
            .selectable_label(!process.on, tr!(ui, "process-view-work"))
            .clicked()
        {
            process.on = false;
            process.playing = false;
        }
        if ui
            .selectable_label(process.on, tr!(ui, "process-view-process"))
            .clicked()
        {
            process.on = true;
        }
    });
}

/// The Process view's controls and timeline; asks the worker for the student's trail.
pub fn process_ui(app: &mut CrosscheckApp, ui: &mut egui::Ui) {
    let Some(class) = app.teacher.as_mut().and_then(|d| d.class.as_mut()) else {
        return;
    };
    let selected = class.selected;
    let Some(work) = class.students.get(selected) else {
        return;
    };
    if work.session.trail.is_none() {
        ui.label(tr!(ui, "process-no-trail"));
        return;
    }
    if let Some(session) = class.process.wanted(selected, &work.session) {
        app.worker
            .lookup_latest(ui.ctx(), Latest::Replay, move |_overtaken| {
                TeacherJob::ReplayBuilt(Box::new(Built::new(selected, session))).into()
            });
        return;
    }
    let process = &mut class.process;
    if process.built.is_none() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr!(ui, "process-building"));
        });
        return;
    }
    controls_ui(process, ui);
    let now = ui.input(|i| i.time);
    if let Some(wait) = process.play(now) {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(wait.max(0.016)));
    }
    process.refresh_moment();
    moment_ui(process, ui);
    timeline_ui(process, ui);
}

/// Play, its speed, the next paste or verdict, the slider.
fn controls_ui(process: &mut Process, ui: &mut egui::Ui) {
    let Some(built) = &process.built else {
        return;
    };
    let last = built.replay.len().saturating_sub(1);
    let next_paste = built.next_of(MarkKind::Paste, process.entry);
    let next_verdict = built.next_of(MarkKind::Verdict, process.entry);
    ui.horizontal_wrapped(|ui| {
        let play = if process.playing {
            tr!(ui, "process-pause")
        } else {
            tr!(ui, "process-play")
        };
        if ui.button(play).clicked() {
            process.toggle_play();
        }
        let mut speed = process.speed;
        labelled_combo(ui, tr!(ui, "process-speed"))
            .selected_text(format!("{speed}×"))
            .show_ui(ui, |ui| {
                for s in SPEEDS {
                    ui.selectable_value(&mut speed, s, format!("{s}×"));
                }
            });
        process.speed = speed;
        if ui
            .add_enabled(
                next_paste.is_some(),
                egui::Button::new(tr!(ui, "process-next-paste")),
            )
            .clicked()
            && let Some(entry) = next_paste
        {
            process.entry = entry;
            process.playing = false;
        }
        if ui
            .add_enabled(
                next_verdict.is_some(),
                egui::Button::new(tr!(ui, "process-next-verdict")),
            )
            .clicked()
            && let Some(entry) = next_verdict
        {
            process.entry = entry;
            process.playing = false;
        }
    });
    ui.horizontal(|ui| {
        let l = ui.label(tr!(ui, "process-slider"));
        let width = (ui.available_width() - 80.0).max(120.0);
        ui.spacing_mut().slider_width = width;
        let moved = ui
            .add(egui::Slider::new(&mut process.entry, 0..=last).show_value(true))
            .labelled_by(l.id)
            .changed();
        if moved {
            process.playing = false;
        }
    });
}

/// What the entry shown did, with its time: "10:14 claim 3 made".
fn moment_ui(process: &Process, ui: &mut egui::Ui) {
    let Some(built) = &process.built else {
        return;
    };
    let entry = process.entry;
    let clock = built.clock.get(entry).map_or("", String::as_str);
    let what = ui.words().message(&built.what(entry));
    let said = tr!(
        ui,
        "process-moment",
        entry = entry + 1,
        count = built.replay.len(),
        time = clock,
        what = what
    );
    ui.strong(crate::app::glyphs::shown(ui, &said));
}

/// The work sessions and their marks, one row each, the row of the entry shown marked "▶"
/// (and selected); a row clicked moves the slider there.
fn timeline_ui(process: &mut Process, ui: &mut egui::Ui) {
    let Some(built) = &process.built else {
        return;
    };
    let current = built.row_of(process.entry);
    let zone = jiff::tz::TimeZone::system();
    let row_height = ui
        .spacing()
        .interact_size
        .y
        .max(ui.text_style_height(&egui::TextStyle::Body))
        + ui.spacing().item_spacing.y;
    let mut go = None;
    ui.label(tr!(ui, "process-timeline"));
    let scrolled = egui::ScrollArea::vertical()
        .id_salt("process-timeline")
        .max_height((ui.available_height() * 0.3).max(row_height * 4.0))
        .auto_shrink([false, true])
        .show_rows(ui, row_height, built.rows.len(), |ui, rows| {
            for r in rows {
                let (text, entry) = match built.rows[r] {
                    TimelineRow::Span(s) => {
                        let span = &built.spans[s];
                        let said = ui
                            .words()
                            .message(&crate::core::trail::summary::span_message(span, &zone));
                        (said, span.entries.start)
                    }
                    TimelineRow::Mark(m) => {
                        let mark = &built.marks[m];
                        let clock = built.clock.get(mark.entry).map_or("", String::as_str);
                        let what = ui.words().message(&mark.what);
                        (format!("    {clock} {what}"), mark.entry)
                    }
                };
                let here = current == Some(r);
                let text = if here { format!("▶ {text}") } else { text };
                let text = crate::app::glyphs::shown(ui, &text).into_owned();
                let row = ui.add(egui::Button::selectable(here, text).truncate());
                if row.clicked() {
                    go = Some(entry);
                }
            }
        });
    let what = tr!(ui, "process-timeline");
    super::super::widgets::name_scroll_bars(ui.ctx(), scrolled.id, &what);
    if let Some(entry) = go {
        process.entry = entry;
        process.playing = false;
    }
}
