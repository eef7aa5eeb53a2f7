//! Apache Parquet article tables, streamed row by row (row group by row group).

use parquet::file::reader::{FileReader, SerializedFileReader};
use parquet::record::reader::RowIter;
use reckon_text::Document;
use serde_json::Map;

use crate::error::{Error, Location};

/// An open Parquet file.
pub(crate) struct ParquetRows {
    rows: RowIter<'static>,
    path: String,
    id: String,
    row: u64,
    text_column: String,
    id_column: String,
}

impl ParquetRows {
    pub(crate) fn open(
        file: std::fs::File,
        path: String,
        id: String,
        options: &crate::Options,
    ) -> Result<ParquetRows, Error> {
        let location = Location::file(path.clone());
        let reader = SerializedFileReader::new(file).map_err(|e| Error::Corrupt {
            location: location.clone(),
            format: "parquet",
            message: e.to_string(),
        })?;
        let boxed: Box<dyn FileReader> = Box::new(reader);
        let rows = RowIter::from_file_into(boxed);
        Ok(ParquetRows {
            rows,
            path,
            id,
            row: 0,
            text_column: options.text_column.clone(),
            id_column: options.id_column.clone(),
        })
    }

    pub(crate) fn next_item(&mut self) -> Option<Result<Document, Error>> {
        let row = self.rows.next()?;
        self.row += 1;
        let location = Location {
            path: self.path.clone(),
            line: Some(self.row),
            id: None,
        };
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                return Some(Err(Error::Corrupt {
                    location,
                    format: "parquet",
                    message: e.to_string(),
                }));
            }
        };
        let mut map = Map::new();
        for (name, field) in row.get_column_iter() {
            let key = if *name == self.text_column {
                "text".to_owned()
            } else if *name == self.id_column {
                "id".to_owned()
            } else if name == "text" || name == "id" {
                // Renamed away by the column options: keep it, under a name that does not clash.
                format!("{name}_original")
            } else {
                name.clone()
            };
            map.insert(key, field.to_json_value());
        }
        let fallback = format!("{}:{}", self.id, self.row);
        Some(crate::record::object_document(
            map, fallback, location, None,
        ))
    }
}
