//! The terminal progress bar (indicatif): drawn on stderr only when it is a terminal and the
//! build is not `-q`, so piped or scripted builds stay quiet.

use std::sync::Mutex;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// A progress bar over the articles of a build, labelled with the current stage.
pub struct Bar {
    bar: Option<ProgressBar>,
    /// Stages seen, so an edition's stories add up instead of restarting the bar.
    seen: Mutex<u64>,
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
