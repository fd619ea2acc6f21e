//! The terminal progress bar (indicatif): drawn on stderr only when it is a terminal and the
//! build is not `-q`, so piped or scripted builds stay quiet.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar over the articles of a build, labelled with the current stage.
pub struct Bar {
    bar: Option<ProgressBar>,
    /// Stages seen, so an edition's stories add up instead of restarting the bar.
    seen: Mutex<u64>,
    /// Time spent per stage, in first-seen order (for `-v`).
    timings: Mutex<Vec<(String, Duration)>>,
    current: Mutex<Option<(String, Instant)>>,
}

impl Bar {
    /// A bar on stderr; hidden with `quiet` or when stderr is not a terminal.
    pub fn new(quiet: bool) -> Bar {
        let target = ProgressDrawTarget::stderr();
        let bar = (!quiet && !target.is_hidden()).then(|| {
            let bar = ProgressBar::with_draw_target(Some(0), target);
            bar.set_style(
                ProgressStyle::with_template(
                    "{spinner} {msg:>10} [{bar:30}] {pos}/{len} articles {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        Bar {
            bar,
            seen: Mutex::new(0),
            timings: Mutex::new(Vec::new()),
            current: Mutex::new(None),
        }
    }

    /// Seconds spent per stage, summed over an edition's stories: "reading 0.05 s, …".
    pub fn timings(&self) -> String {
        self.close_stage();
        let timings = self.timings.lock().map(|t| t.clone()).unwrap_or_default();
        timings
            .iter()
            .map(|(name, d)| format!("{name} {:.2} s", d.as_secs_f64()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn close_stage(&self) {
        let Ok(mut current) = self.current.lock() else {
            return;
        };
        if let (Some((name, started)), Ok(mut timings)) = (current.take(), self.timings.lock()) {
            let spent = started.elapsed();
            match timings.iter_mut().find(|(n, _)| *n == name) {
                Some((_, total)) => *total += spent,
                None => timings.push((name, spent)),
            }
        }
    }

    /// Clears the bar so the build's summary line prints on a clean line.
    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl briefing::Progress for Bar {
    fn stage(&self, name: &str, articles: usize) {
        self.close_stage();
        if let Ok(mut current) = self.current.lock() {
            *current = Some((name.to_string(), Instant::now()));
        }
        if let Some(bar) = &self.bar {
            if let Ok(mut seen) = self.seen.lock() {
                *seen += articles as u64;
                bar.set_length(*seen);
            }
            bar.set_message(name.to_string());
        }
    }

    fn article_done(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}
