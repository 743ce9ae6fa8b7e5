//! Reading a document in a child process, so that nothing in a file can crash, stall or exhaust
//! the program that asked: the same program runs `extract --child -- FILE`, limits itself (address
//! space, processor time) and writes what it read, or why it refused the file, as JSON on its
//! standard output. The parent gives it [`time_limit`] on the clock, reads at most
//! [`MAX_ANSWER_BYTES`] of its answer, and words a child that was stopped, ran out of memory or
//! died as a refusal of that file.
//!
//! Plain text and Markdown are read in the process itself: they are decoded, not parsed, in
//! linear time and bounded by the size limit, so a child would only add its start-up time.

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::Deserialize as _;
use serde_json::{Value, json};

use super::{ImportError, Imported};
use crate::core::text::MAX_DOCUMENT_BYTES;
use crate::core::words::{Arg, Message, Worded, known_word};

/// How long a child may take to read a file, on the clock, start-up included, unless
/// [`TIME_LIMIT_VARIABLE`] says otherwise.
pub const TIME_LIMIT: Duration = Duration::from_secs(20);
/// The environment variable that sets the time limit in whole seconds, from 1 to 600: longer on a
/// slow school computer that refuses large files it could read, shorter in tests that wait for
/// the limit. Anything else is ignored.
pub const TIME_LIMIT_VARIABLE: &str = "CROSSCHECK_READ_SECONDS";

/// How long a child may take to read a file (and, as processor time, how much it may use: a
/// second limit, in case the clock's is missed): [`TIME_LIMIT`] or what
/// [`TIME_LIMIT_VARIABLE`] sets. The child inherits the variable, so both sides agree.
pub fn time_limit() -> Duration {
    std::env::var(TIME_LIMIT_VARIABLE)
        .ok()
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|s| (1..=600).contains(s))
        .map_or(TIME_LIMIT, Duration::from_secs)
}
/// The address space a child may have.
pub const MEMORY_LIMIT_BYTES: u64 = 1 << 30;
/// The most of a child's answer that is read: the text of the largest document, as JSON, and
/// its metadata.
pub const MAX_ANSWER_BYTES: usize = 2 * MAX_DOCUMENT_BYTES + (1 << 20);
/// The most of a child's error output that is kept (to tell how it stopped).
const MAX_STDERR_BYTES: u64 = 64 * 1024;
/// The subcommand and flag that make the program a child reader.
pub const CHILD_ARGS: [&str; 2] = ["extract", "--child"];
/// The environment variable naming the program to read files with (the app's tests point it at
/// the real binary); the running program when it is not set.
pub const READER_VARIABLE: &str = "CROSSCHECK_READER";

/// How a child reader stopped without an answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Crash {
    /// Its stack overflowed (a file whose parts draw each other without end).
    StackOverflow,
    /// It stopped on an error (a panic in a reader).
    Panic,
    /// A signal stopped it.
    Signal(i32),
    /// It exited with this code and no answer.
    Exit(i32),
    /// Its answer was not JSON of the expected shape.
    Answer,
}

impl Worded for Crash {
    fn message(&self) -> Message {
        match self {
            Self::StackOverflow => Message::new("import-crash-stack"),
            Self::Panic => Message::new("import-crash-panic"),
            Self::Signal(signal) => Message::new("import-crash-signal").with("signal", *signal),
            Self::Exit(code) => Message::new("import-crash-exit").with("code", *code),
            Self::Answer => Message::new("import-crash-answer"),
        }
    }
}

/// Which program reads the files that need a parser.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reader {
    /// This program, in this process: for unit tests only, where there is no binary to run.
    InProcess,
    /// This program (or another build of Crosscheck) in a child process.
    Child(PathBuf),
}

impl Reader {
    /// The program named by `CROSSCHECK_READER`, else the running program.
    pub fn this_program() -> Self {
        let program = std::env::var_os(READER_VARIABLE)
            .filter(|p| !p.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::current_exe().ok())
            .unwrap_or_else(|| PathBuf::from("crosscheck"));
        Self::Child(program)
    }

    /// Reads `file` as [`super::read_document`] does, in a child process unless this reader is
    /// [`Reader::InProcess`].
    pub fn read(&self, file: &Path) -> Result<Imported, ImportError> {
        match self {
            Self::InProcess => super::read_document(file),
            Self::Child(program) => read_document_isolated(program, file),
        }
    }
}

/// Whether reading `file` parses it (a web page, PDF, Word file): the files read in a child.
pub fn needs_a_child(file: &Path) -> bool {
    let extension = file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    super::EXTENSIONS.contains(&extension.as_str())
        && !matches!(extension.as_str(), "txt" | "md" | "markdown")
}

/// Reads `file` as [`super::read_document`] does, a web page, PDF or Word file in a child process
/// (`program extract --child -- FILE`) under the limits above.
pub fn read_document_isolated(program: &Path, file: &Path) -> Result<Imported, ImportError> {
    read_document_isolated_within(program, file, time_limit())
}

/// [`read_document_isolated`] with another time limit (whole seconds, at least one).
pub fn read_document_isolated_within(
    program: &Path,
    file: &Path,
    limit: Duration,
) -> Result<Imported, ImportError> {
    if !needs_a_child(file) {
        return super::read_document(file);
    }
    let limit = Duration::from_secs(limit.as_secs().max(1));
    let path = file.display().to_string();
    let mut child = Command::new(program)
        // The child limits its processor time to the same.
        .env(TIME_LIMIT_VARIABLE, limit.as_secs().to_string())
        .args(CHILD_ARGS)
        .arg("--")
        .arg(file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| ImportError::ReaderNotStarted {
            path: path.clone(),
            program: program.display().to_string(),
            reason: e.to_string(),
        })?;
    let started = Instant::now();
    // The answer and the error output are read on threads of their own, so that a full pipe
    // never stalls the child and the clock is watched meanwhile.
    let (answer_sender, answer) = mpsc::channel();
    if let Some(stdout) = child.stdout.take() {
        // Without the thread, the channel closes: no answer.
        let _ = std::thread::Builder::new()
            .name("crosscheck-reader-answer".into())
            .spawn(move || {
                let mut bytes = Vec::new();
                let read = stdout
                    .take(MAX_ANSWER_BYTES as u64 + 1)
                    .read_to_end(&mut bytes);
                answer_sender.send(read.map(|_| bytes)).ok();
            });
    }
    let stderr = child.stderr.take().and_then(|stderr| {
        std::thread::Builder::new()
            .name("crosscheck-reader-errors".into())
            .spawn(move || {
                let mut bytes = Vec::new();
                let mut stderr = stderr;
                (&mut stderr)
                    .take(MAX_STDERR_BYTES)
                    .read_to_end(&mut bytes)
                    .ok();
                // The rest is drained, so the child never waits on a full pipe.
                std::io::copy(&mut stderr, &mut std::io::sink()).ok();
                String::from_utf8_lossy(&bytes).into_owned()
            })
            .ok()
    });
    let remaining = limit.saturating_sub(started.elapsed());
    let answer = answer.recv_timeout(remaining);
    let too_long = || ImportError::TooLong {
        path: path.clone(),
        seconds: limit.as_secs(),
    };
    let answer = match answer {
        Ok(Ok(bytes)) if bytes.len() <= MAX_ANSWER_BYTES => Some(bytes),
        Ok(Ok(_)) => {
            child.kill().ok();
            child.wait().ok();
            return Err(ImportError::TooMuchText { path: path.clone() });
        }
        Ok(Err(_)) | Err(mpsc::RecvTimeoutError::Disconnected) => None,
        Err(mpsc::RecvTimeoutError::Timeout) => {
            child.kill().ok();
            child.wait().ok();
            return Err(too_long());
        }
    };
    // The answer is complete: the child is ending. It is given the rest of its time to.
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < limit => {
                std::thread::sleep(Duration::from_millis(1));
            }
            Ok(None) => {
                child.kill().ok();
                child.wait().ok();
                return Err(too_long());
            }
            Err(_) => break None,
        }
    };
    let stderr = stderr
        .and_then(|thread| thread.join().ok())
        .unwrap_or_default();
    if let (Some(status), Some(answer)) = (status, &answer)
        && status.success()
    {
        return understood(answer, &path);
    }
    Err(stopped(status, &stderr, path, limit))
}

/// What a child's answer says: the document, or the message it refused the file with.
fn understood(answer: &[u8], path: &str) -> Result<Imported, ImportError> {
    let crashed = || ImportError::ReaderCrashed {
        path: path.to_owned(),
        cause: Crash::Answer,
    };
    let value: Value = serde_json::from_slice(answer).map_err(|_| crashed())?;
    if let Some(imported) = value.get("imported") {
        // Answers from before the language was read have none (`serde(default)`).
        return Imported::deserialize(imported).map_err(|_| crashed());
    }
    let message = value
        .get("refused")
        .and_then(|m| message_from_json(m, 0))
        .ok_or_else(crashed)?;
    Err(ImportError::Reported(message))
}

/// Why a child that gave no answer stopped, in the words of the import's errors.
fn stopped(
    status: Option<std::process::ExitStatus>,
    stderr: &str,
    path: String,
    limit: Duration,
) -> ImportError {
    // Rust's words when an allocation fails (the address-space limit), and when a stack
    // overflows.
    if stderr.contains("memory allocation of") || stderr.contains("out of memory") {
        return ImportError::TooMuchMemory {
            path,
            megabytes: MEMORY_LIMIT_BYTES >> 20,
        };
    }
    let cause = if stderr.contains("has overflowed its stack") {
        Crash::StackOverflow
    } else if stderr.contains("panicked") {
        Crash::Panic
    } else {
        match status {
            Some(status) => match (status.code(), signal_of(status)) {
                (_, Some(XCPU)) => {
                    return ImportError::TooLong {
                        path,
                        seconds: limit.as_secs(),
                    };
                }
                (_, Some(signal)) => Crash::Signal(signal),
                (Some(code), None) => Crash::Exit(code),
                (None, None) => Crash::Answer,
            },
            None => Crash::Answer,
        }
    };
    ImportError::ReaderCrashed { path, cause }
}

/// `SIGXCPU`: the processor-time limit was reached.
const XCPU: i32 = 24;

#[cfg(unix)]
fn signal_of(status: std::process::ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(&status)
}

#[cfg(not(unix))]
fn signal_of(_status: std::process::ExitStatus) -> Option<i32> {
    None
}

/// The child's side: limits this process, reads `file`, and returns the answer to write on
/// standard output.
pub fn child_answer(file: &Path) -> String {
    limit_this_process();
    let answer = match super::read_document(file) {
        Ok(imported) => json!({ "imported": imported }),
        Err(error) => json!({ "refused": message_to_json(&error.message()) }),
    };
    answer.to_string()
}

/// Limits this process's address space and processor time (a child reader's own limits; a
/// limit already lower is kept).
#[cfg(unix)]
pub fn limit_this_process() {
    use rustix::process::{Resource, Rlimit, getrlimit, setrlimit};
    for (resource, limit, slack) in [
        (Resource::As, MEMORY_LIMIT_BYTES, 0),
        // The soft limit sends SIGXCPU; the hard one, two seconds on, kills.
        (Resource::Cpu, time_limit().as_secs(), 2),
    ] {
        let old = getrlimit(resource);
        let lower = |value: u64, old: Option<u64>| Some(old.map_or(value, |o| o.min(value)));
        let new = Rlimit {
            current: lower(limit, old.current),
            maximum: lower(limit + slack, old.maximum),
        };
        // Failing to lower a limit leaves the clock and the output cap in the parent.
        setrlimit(resource, new).ok();
    }
}

/// No limits but the parent's clock and output cap where there are no resource limits.
#[cfg(not(unix))]
pub fn limit_this_process() {}

/// A message as JSON: its id and its arguments.
pub fn message_to_json(message: &Message) -> Value {
    let args: Vec<Value> = message
        .args
        .iter()
        .map(|(name, arg)| {
            let value = match arg {
                Arg::Text(text) => json!({ "text": text }),
                Arg::Number(number) => json!({ "number": number }),
                Arg::Message(inner) => json!({ "message": message_to_json(inner) }),
            };
            json!([name, value])
        })
        .collect();
    json!({ "id": message.id, "args": args })
}

/// A message read back from JSON, if its id and its arguments' names are the core's words.
pub fn message_from_json(value: &Value, depth: usize) -> Option<Message> {
    if depth > 4 {
        return None;
    }
    let id = known_word(value.get("id")?.as_str()?)?;
    let mut message = Message::new(id);
    for arg in value.get("args")?.as_array()? {
        let name = known_word(arg.get(0)?.as_str()?)?;
        let value = arg.get(1)?;
        let arg = if let Some(text) = value.get("text") {
            Arg::Text(text.as_str()?.to_owned())
        } else if let Some(number) = value.get("number") {
            Arg::Number(number.as_f64()?)
        } else {
            Arg::Message(Box::new(message_from_json(
                value.get("message")?,
                depth + 1,
            )?))
        };
        message.args.push((name, arg));
    }
    Some(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_go_through_json_and_unknown_words_do_not() {
        let message = Message::new("import-file-problem")
            .with("file", "a.pdf")
            .with(
                "reason",
                Message::new("import-too-much-text").with("limit", 50usize),
            );
        let back = message_from_json(&message_to_json(&message), 0).unwrap();
        assert_eq!(back, message);
        assert_eq!(back.to_string(), message.to_string());
        let unknown = json!({ "id": "no-such-message", "args": [] });
        assert_eq!(message_from_json(&unknown, 0), None);
        let odd_name = json!({ "id": "import-file-problem", "args": [["no such", {"text": "x"}]] });
        assert_eq!(message_from_json(&odd_name, 0), None);
    }

    #[test]
    fn answers_are_read_and_odd_ones_called_so() {
        let ok = br#"{"imported":{"text":"T","title":"A","outlet":"","author":"","published":"","url":""}}"#;
        assert_eq!(understood(ok, "f.html").unwrap().title, "A");
        for odd in [&b"not json"[..], b"{}", br#"{"imported":{"text":1}}"#] {
            assert_eq!(
                understood(odd, "f.html"),
                Err(ImportError::ReaderCrashed {
                    path: "f.html".into(),
                    cause: Crash::Answer
                })
            );
        }
    }

    #[test]
    fn how_a_child_stopped_is_told_from_its_error_output() {
        let memory = stopped(
            None,
            "memory allocation of 8 bytes failed\n",
            "f.pdf".into(),
            TIME_LIMIT,
        );
        assert!(memory.to_string().contains("too much memory"), "{memory}");
        let stack = stopped(
            None,
            "thread 'main' has overflowed its stack\nfatal runtime error",
            "f.pdf".into(),
            TIME_LIMIT,
        );
        assert!(
            stack.to_string().contains("stopped unexpectedly")
                && stack.to_string().contains("stack"),
            "{stack}"
        );
    }

    #[test]
    fn text_is_read_here_and_parsed_kinds_in_a_child() {
        assert!(!needs_a_child(Path::new("a.txt")));
        assert!(!needs_a_child(Path::new("a.MD")));
        assert!(!needs_a_child(Path::new("a.odt")));
        assert!(needs_a_child(Path::new("a.PDF")));
        assert!(needs_a_child(Path::new("a.docx")));
        assert!(needs_a_child(Path::new("a.html")));
    }
}
