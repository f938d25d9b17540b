//! S3 (later)
