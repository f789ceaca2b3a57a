//! Writes the analysis as compact JSON, serialising files and linked elements in parallel: a
//! large project's facts run to hundreds of megabytes, and one thread would dominate the run.

use std::io::{self, Write};

use rayon::prelude::*;
use serde::Serialize;

use crate::analyze::Analysis;

/// How many list items one worker serialises at a time.
const CHUNK: usize = 64;

/// How many chunks are serialised before they are written out: enough to keep every worker busy,
/// few enough that the serialised text of a large project is never all held in memory at once.
const CHUNKS_PER_BATCH: usize = 64;

/// Serialises `items` as a JSON array body (no brackets), chunks in parallel, order kept.
fn write_array<T: Serialize + Sync>(writer: &mut dyn Write, items: &[T]) -> io::Result<()> {
    for (batch_index, batch) in items.chunks(CHUNK * CHUNKS_PER_BATCH).enumerate() {
        let chunks: Vec<Vec<u8>> = batch
            .par_chunks(CHUNK)
            .map(|chunk| {
                let mut buffer = Vec::new();
                for (position, item) in chunk.iter().enumerate() {
                    if position > 0 {
                        buffer.push(b',');
                    }
                    serde_json::to_writer(&mut buffer, item).map_err(io::Error::other)?;
                }
                Ok(buffer)
            })
            .collect::<io::Result<_>>()?;
        for (position, chunk) in chunks.iter().enumerate() {
            if batch_index > 0 || position > 0 {
                writer.write_all(b",")?;
            }
            writer.write_all(chunk)?;
        }
    }
    Ok(())
}

/// Writes `analysis` exactly as `serde_json::to_writer` would, followed by a newline.
pub fn write_analysis(
    writer: &mut dyn Write,
    analysis: &Analysis,
    findings: &[rebrand_lint::LintDiagnostic],
    partial: bool,
) -> io::Result<()> {
    let field = |writer: &mut dyn Write, prefix: &[u8], value: &dyn erased::Value| {
        writer.write_all(prefix)?;
        value.write(writer)
    };
    field(writer, b"{\"schema_version\":", &analysis.schema_version)?;
    field(writer, b",\"summary\":", &analysis.summary)?;
    // A partial run's context files (`../…`) are read, never listed.
    let listed = |path: &str| !partial || crate::partial::is_reported(path);
    let files: Vec<&rebrand_facts::FileFacts> = analysis
        .files
        .iter()
        .filter(|file| listed(&file.path))
        .collect();
    let elements: Vec<&rebrand_link::ElementStyle> = analysis
        .links
        .elements
        .iter()
        .filter(|style| listed(&style.file))
        .collect();
    writer.write_all(b",\"files\":[")?;
    write_array(writer, &files)?;
    writer.write_all(b"],\"links\":{\"elements\":[")?;
    write_array(writer, &elements)?;
    field(writer, b"],\"resolution\":", &analysis.links.resolution)?;
    field(writer, b",\"base\":", &analysis.links.base)?;
    writer.write_all(b"},\"diagnostics\":[")?;
    write_array(writer, findings)?;
    writer.write_all(b"]}\n")
}

mod erased {
    //! A serialisable value behind a trait object, so one helper writes fields of any type.

    use std::io::{self, Write};

    pub trait Value {
        fn write(&self, writer: &mut dyn Write) -> io::Result<()>;
    }

    impl<T: serde::Serialize> Value for T {
        fn write(&self, writer: &mut dyn Write) -> io::Result<()> {
            serde_json::to_writer(writer, self).map_err(io::Error::other)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::write_array;

    #[test]
    fn chunks_join_into_one_array_in_order() {
        // More than one batch, and a last batch and chunk that are not full.
        let items: Vec<u32> =
            (0..(super::CHUNK * super::CHUNKS_PER_BATCH * 2 + 70) as u32).collect();
        let mut out = Vec::new();
        write_array(&mut out, &items).unwrap();
        let expected = serde_json::to_string(&items).unwrap();
        assert_eq!(format!("[{}]", String::from_utf8(out).unwrap()), expected);
    }
}
