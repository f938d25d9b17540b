//! Backups in an S3-compatible bucket (AWS S3, MinIO, Ceph, Hetzner, Yandex Object Storage…):
//! put, get, list and delete, signed with AWS Signature Version 4, path-style addressing.
//!
//! Configured from the environment like the AWS tools: `AWS_ACCESS_KEY_ID`,
//! `AWS_SECRET_ACCESS_KEY`, `AWS_REGION` (default us-east-1), and `RELATA_S3_ENDPOINT` for
//! services other than AWS.

use std::path::Path;

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use crate::BackupError;
use crate::retention::{self, Retention};

/// `s3://bucket/some/prefix`.
#[derive(Debug, Clone, PartialEq)]
pub struct S3Location {
    pub bucket: String,
    /// The object key (for a restore) or the folder-like prefix (for backups).
    pub key: String,
}

impl S3Location {
    pub fn parse(text: &str) -> Result<S3Location, BackupError> {
        let rest = text
            .strip_prefix("s3://")
            .ok_or_else(|| BackupError::Storage(format!("\"{text}\" is not an s3:// address")))?;
        let (bucket, key) = rest.split_once('/').unwrap_or((rest, ""));
        if bucket.is_empty() {
            return Err(BackupError::Storage(format!("\"{text}\" names no bucket")));
        }
        Ok(S3Location {
            bucket: bucket.to_owned(),
            key: key.to_owned(),
        })
    }

    /// The key of a backup named `name` under this prefix.
    pub fn key_for(&self, name: &str) -> String {
        let prefix = self.key.trim_matches('/');
        if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}/{name}")
        }
    }
}

/// A bucket and the credentials to use it.
pub struct Bucket {
    endpoint: reqwest::Url,
    name: String,
    region: String,
    access_key: String,
    secret_key: String,
    http: reqwest::Client,
}

type Query<'a> = &'a [(&'a str, &'a str)];

impl Bucket {
    pub fn new(
        endpoint: &str,
        name: &str,
        region: &str,
        access_key: &str,
        secret_key: &str,
    ) -> Result<Bucket, BackupError> {
        let endpoint = reqwest::Url::parse(endpoint)
            .map_err(|e| BackupError::Storage(format!("the S3 endpoint is not a URL: {e}")))?;
        Ok(Bucket {
            endpoint,
            name: name.to_owned(),
            region: region.to_owned(),
            access_key: access_key.to_owned(),
            secret_key: secret_key.to_owned(),
            http: reqwest::Client::new(),
        })
    }

    pub fn from_env(location: &S3Location) -> Result<Bucket, BackupError> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let needed = |name: &str| {
            var(name).ok_or_else(|| BackupError::Storage(format!("{name} is not set")))
        };
        let region = var("AWS_REGION")
            .or_else(|| var("AWS_DEFAULT_REGION"))
            .unwrap_or_else(|| "us-east-1".into());
        let endpoint = var("RELATA_S3_ENDPOINT")
            .unwrap_or_else(|| format!("https://s3.{region}.amazonaws.com"));
        Bucket::new(
            &endpoint,
            &location.bucket,
            &region,
            &needed("AWS_ACCESS_KEY_ID")?,
            &needed("AWS_SECRET_ACCESS_KEY")?,
        )
    }

    /// Creates the bucket unless it exists.
    pub async fn ensure_exists(&self) -> Result<(), BackupError> {
        let found = self
            .send(reqwest::Method::HEAD, "", &[], Vec::new())
            .await?;
        if found.status().is_success() {
            return Ok(());
        }
        // Outside us-east-1, S3 wants the region named in the request as well.
        let body = if self.region == "us-east-1" {
            Vec::new()
        } else {
            format!(
                "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">\
                 <LocationConstraint>{}</LocationConstraint></CreateBucketConfiguration>",
                self.region
            )
            .into_bytes()
        };
        let created = self.send(reqwest::Method::PUT, "", &[], body).await?;
        check(created, "create the bucket").await.map(drop)
    }

    pub async fn put_file(&self, key: &str, path: &Path) -> Result<(), BackupError> {
        let body = tokio::fs::read(path).await?;
        let answer = self.send(reqwest::Method::PUT, key, &[], body).await?;
        check(answer, "upload the backup").await.map(drop)
    }

    pub async fn get_file(&self, key: &str, path: &Path) -> Result<(), BackupError> {
        let answer = self
            .send(reqwest::Method::GET, key, &[], Vec::new())
            .await?;
        let bytes = check(answer, "download the backup").await?;
        tokio::fs::write(path, bytes).await?;
        Ok(())
    }

    pub async fn delete(&self, key: &str) -> Result<(), BackupError> {
        let answer = self
            .send(reqwest::Method::DELETE, key, &[], Vec::new())
            .await?;
        check(answer, "remove an old backup").await.map(drop)
    }

    /// Every key under `prefix`.
    pub async fn list(&self, prefix: &str) -> Result<Vec<String>, BackupError> {
        let mut keys = Vec::new();
        let mut token: Option<String> = None;
        loop {
            let mut query = vec![("list-type", "2"), ("prefix", prefix)];
            if let Some(token) = &token {
                query.push(("continuation-token", token));
            }
            let answer = self
                .send(reqwest::Method::GET, "", &query, Vec::new())
                .await?;
            let body =
                String::from_utf8_lossy(&check(answer, "list the backups").await?).into_owned();
            keys.extend(elements(&body, "Key"));
            token = elements(&body, "NextContinuationToken").into_iter().next();
            if token.is_none() {
                return Ok(keys);
            }
        }
    }

    /// Removes the backups under the location's prefix that `keep` does not keep.
    pub async fn prune(&self, location: &S3Location, keep: Retention) -> Result<(), BackupError> {
        let prefix = location.key_for("");
        let backups: Vec<(String, OffsetDateTime)> = self
            .list(&prefix)
            .await?
            .into_iter()
            .filter_map(|key| {
                let name = key.rsplit('/').next().unwrap_or(&key).to_owned();
                retention::made_at(&name).map(|at| (key, at))
            })
            .collect();
        let times: Vec<_> = backups.iter().map(|(_, at)| *at).collect();
        let kept = retention::keep(&times, keep);
        for (i, (key, _)) in backups.iter().enumerate() {
            if !kept.contains(&i) {
                self.delete(key).await?;
            }
        }
        Ok(())
    }

    async fn send(
        &self,
        method: reqwest::Method,
        key: &str,
        query: Query<'_>,
        body: Vec<u8>,
    ) -> Result<reqwest::Response, BackupError> {
        let path = object_path(self.endpoint.path(), &self.name, key);
        let canonical_query = canonical_query(query);
        let mut url = self.endpoint.clone();
        url.set_path(&path);
        url.set_query(
            Some(&canonical_query)
                .filter(|q| !q.is_empty())
                .map(String::as_str),
        );
        let host = match url.port() {
            Some(port) => format!("{}:{port}", url.host_str().unwrap_or_default()),
            None => url.host_str().unwrap_or_default().to_owned(),
        };
        let now = OffsetDateTime::now_utc();
        let signed = sign(&Signing {
            method: method.as_str(),
            path: &path,
            query: &canonical_query,
            host: &host,
            payload_hash: &hex(&Sha256::digest(&body)),
            now,
            region: &self.region,
            access_key: &self.access_key,
            secret_key: &self.secret_key,
        });
        self.http
            .request(method, url)
            .header("x-amz-date", signed.amz_date)
            .header("x-amz-content-sha256", signed.payload_hash)
            .header("authorization", signed.authorization)
            .body(body)
            .send()
            .await
            .map_err(|e| BackupError::Storage(format!("the S3 service did not answer: {e}")))
    }
}

async fn check(answer: reqwest::Response, doing: &str) -> Result<Vec<u8>, BackupError> {
    let status = answer.status();
    let bytes = answer.bytes().await.map(|b| b.to_vec()).unwrap_or_default();
    if status.is_success() {
        return Ok(bytes);
    }
    let text = String::from_utf8_lossy(&bytes);
    let reason = elements(&text, "Message")
        .into_iter()
        .next()
        .unwrap_or_default();
    Err(BackupError::Storage(format!(
        "could not {doing}: HTTP {} {reason}",
        status.as_u16()
    )))
}

/// The texts of the elements named `name` in an S3 XML answer.
fn elements(xml: &str, name: &str) -> Vec<String> {
    let (open, close) = (format!("<{name}>"), format!("</{name}>"));
    let mut found = Vec::new();
    let mut rest = xml;
    while let Some(start) = rest.find(&open) {
        let after = &rest[start + open.len()..];
        let Some(end) = after.find(&close) else { break };
        found.push(unescape(&after[..end]));
        rest = &after[end + close.len()..];
    }
    found
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn object_path(base: &str, bucket: &str, key: &str) -> String {
    let base = base.trim_end_matches('/');
    let mut path = format!("{base}/{}", encode(bucket, false));
    if !key.is_empty() {
        path.push('/');
        path.push_str(&encode(key, true));
    }
    path
}

/// URI-encodes as Signature Version 4 wants: everything but unreserved characters (and `/`
/// in object keys).
fn encode(text: &str, keep_slash: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let unreserved = byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte);
        if unreserved || (keep_slash && byte == b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn canonical_query(query: Query<'_>) -> String {
    let mut pairs: Vec<(String, String)> = query
        .iter()
        .map(|(k, v)| (encode(k, false), encode(v, false)))
        .collect();
    pairs.sort();
    pairs
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join("&")
}

struct Signing<'a> {
    method: &'a str,
    path: &'a str,
    query: &'a str,
    host: &'a str,
    payload_hash: &'a str,
    now: OffsetDateTime,
    region: &'a str,
    access_key: &'a str,
    secret_key: &'a str,
}

struct Signed {
    amz_date: String,
    payload_hash: String,
    authorization: String,
}

fn sign(request: &Signing<'_>) -> Signed {
    let t = request.now;
    let date = format!("{:04}{:02}{:02}", t.year(), u8::from(t.month()), t.day());
    let amz_date = format!("{date}T{:02}{:02}{:02}Z", t.hour(), t.minute(), t.second());
    let signed_headers = "host;x-amz-content-sha256;x-amz-date";
    let canonical = format!(
        "{}\n{}\n{}\nhost:{}\nx-amz-content-sha256:{}\nx-amz-date:{amz_date}\n\n{signed_headers}\n{}",
        request.method,
        request.path,
        request.query,
        request.host,
        request.payload_hash,
        request.payload_hash
    );
    let scope = format!("{date}/{}/s3/aws4_request", request.region);
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let mut key = hmac(
        format!("AWS4{}", request.secret_key).as_bytes(),
        date.as_bytes(),
    );
    for part in [request.region, "s3", "aws4_request"] {
        key = hmac(&key, part.as_bytes());
    }
    let signature = hex(&hmac(&key, to_sign.as_bytes()));
    Signed {
        amz_date,
        payload_hash: request.payload_hash.to_owned(),
        authorization: format!(
            "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={signed_headers}, Signature={signature}",
            request.access_key
        ),
    }
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signs_as_botocore_does() {
        // The expected signature was computed by botocore's S3SigV4Auth for this request
        // (the AWS documentation's example bucket and keys), not by this code.
        let signed = sign(&Signing {
            method: "GET",
            path: "/test.txt",
            query: "",
            host: "examplebucket.s3.amazonaws.com",
            payload_hash: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            now: time::macros::datetime!(2013-05-24 00:00 UTC),
            region: "us-east-1",
            access_key: "AKIAIOSFODNN7EXAMPLE",
            secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        });
        assert_eq!(signed.amz_date, "20130524T000000Z");
        assert_eq!(
            signed.authorization,
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, \
             SignedHeaders=host;x-amz-content-sha256;x-amz-date, \
             Signature=df548e2ce037944d03f3e68682813b093763996d597cf890ca3d9037fd231eb4"
        );
    }

    #[test]
    fn locations_and_keys() {
        let location = S3Location::parse("s3://backups/relata/prod/").unwrap();
        assert_eq!(location.bucket, "backups");
        assert_eq!(location.key_for("a.age"), "relata/prod/a.age");
        assert_eq!(
            S3Location::parse("s3://b").unwrap().key_for("a.age"),
            "a.age"
        );
        assert!(S3Location::parse("s3:///x").is_err());
        assert_eq!(encode("a b/c+d", true), "a%20b/c%2Bd");
        assert_eq!(
            canonical_query(&[("prefix", "x/"), ("list-type", "2")]),
            "list-type=2&prefix=x%2F"
        );
        let xml =
            "<R><Key>a&amp;b</Key><Key>c</Key><NextContinuationToken>t</NextContinuationToken></R>";
        assert_eq!(elements(xml, "Key"), ["a&b", "c"]);
    }
}
