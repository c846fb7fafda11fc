//! The command as a person runs it: a draft on standard output, and bad input refused with a
//! message and exit code 2.

use std::process::Command;

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_parley-draft"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("the command runs");
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    (out.status.code(), text(out.stdout), text(out.stderr))
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let path = std::env::temp_dir().join(format!("parley-draft-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn drafts_an_article_as_toml_and_as_json() {
    let (code, toml, _) = run(&[
        "--published",
        "2025-02-13",
        "seeds/004_b6880d1244f45168.txt",
    ]);
    assert_eq!(code, Some(0));
    assert!(
        toml.contains("# ==== seeds/data/events.toml ===="),
        "{toml}"
    );
    assert!(toml.contains("story_lines = [[4, 9], [13, 15]]"), "{toml}");
    let (code, json, _) = run(&[
        "--published",
        "2025-02-13",
        "--format",
        "json",
        "seeds/004_b6880d1244f45168.txt",
    ]);
    assert_eq!(code, Some(0));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let events = value["events"].as_array().unwrap();
    assert!(!events.is_empty());
    for event in events {
        for key in [
            "excerpt", "date", "kind", "status", "actors", "place", "matches",
        ] {
            assert!(event.get(key).is_some(), "{key} in {event}");
        }
        assert!(event["date"].get("precision").is_some());
    }
}

#[test]
fn bad_input_is_refused_with_a_message_and_exit_code_2() {
    let latin1 = temp(
        "latin1.txt",
        b"Z\xfcrich talks were held on Monday by the envoys of both sides.",
    );
    let empty = temp("empty.txt", b"  \n");
    let article = "seeds/004_b6880d1244f45168.txt";
    for (args, says) in [
        (
            vec!["--published", "2025-02-13", latin1.as_str()],
            "not UTF-8",
        ),
        (vec!["--published", "2025-02-13", empty.as_str()], "empty"),
        (vec!["--published", "2025-02-30", article], "--published"),
        (vec!["--published", "yesterday", article], "--published"),
        (vec![article], "--published is needed"),
        (
            vec!["--published", "2025-02-13", "--format", "xml", article],
            "toml or json",
        ),
        (
            vec!["--published", "2025-02-13", "no-such-file.txt"],
            "cannot read",
        ),
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?} printed {out}");
    }
}
