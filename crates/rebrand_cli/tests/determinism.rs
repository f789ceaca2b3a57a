//! The same input gives byte-identical output whatever the number of threads.

mod common;

#[test]
fn one_and_two_threads_print_the_same_json() {
    let corpus = common::corpus();
    let path = corpus.to_string_lossy();
    let one = common::rebrand(&["analyze", &path, "--format", "json", "--threads", "1"]);
    let two = common::rebrand(&["analyze", &path, "--format", "json", "--threads", "2"]);
    assert!(!one.stdout.is_empty());
    assert!(
        one.stdout == two.stdout,
        "outputs differ between 1 and 2 threads"
    );
}

#[test]
fn one_and_two_threads_print_the_same_report() {
    let corpus = common::corpus();
    let path = corpus.to_string_lossy();
    let one = common::rebrand(&["analyze", &path, "--threads", "1", "--color", "never"]);
    let two = common::rebrand(&["analyze", &path, "--threads", "2", "--color", "never"]);
    assert_eq!(
        String::from_utf8_lossy(&one.stdout),
        String::from_utf8_lossy(&two.stdout)
    );
}
