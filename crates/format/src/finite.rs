//! The guard that keeps non-finite numbers out of every output: JSON has no infinity or NaN
//! (serde_json would write `null`, which `reckon reconcile` then cannot read back), and a CSV or
//! Parquet cell holding `inf` is no figure any reader expects.
//!
//! [`ensure_finite`] walks any `Serialize` value without writing it and names the first field
//! holding an infinite or NaN float. The JSON writers call it before writing a line and refuse
//! the line ([`crate::Error::NonFinite`]); the CSV and Parquet rows leave such a bound empty.

use serde::ser::{self, Serialize};

use crate::Error;

/// Checks that `value` holds no infinite or NaN float, naming the first field that does
/// (`claims.3.quantity.value.high.value`).
///
/// ```
/// #[derive(serde::Serialize)]
/// struct P { name: &'static str, v: Vec<f64> }
/// assert!(reckon_format::ensure_finite(&P { name: "a", v: vec![1.0, 2.5] }).is_ok());
/// let err = reckon_format::ensure_finite(&P { name: "a", v: vec![1.0, f64::INFINITY] }).unwrap_err();
/// assert_eq!(err.to_string(), "v.1 is inf: no output holds a number that is not finite");
/// ```
pub fn ensure_finite<T: Serialize + ?Sized>(value: &T) -> Result<(), Error> {
    let mut path = Vec::with_capacity(8);
    match value.serialize(Check { path: &mut path }) {
        Ok(()) => Ok(()),
        Err(Found(Some((field, v)))) => Err(Error::NonFinite { field, value: v }),
        Err(Found(None)) => Ok(()),
    }
}

/// The walk's "error": the path and value of a non-finite float (`None`: a custom error of a
/// `Serialize` impl, which the real writer will report itself).
#[derive(Debug)]
struct Found(Option<(String, f64)>);

impl std::fmt::Display for Found {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("non-finite number")
    }
}

impl std::error::Error for Found {}

impl ser::Error for Found {
    fn custom<M: std::fmt::Display>(_: M) -> Found {
        Found(None)
    }
}

/// One step of the path to a value: a field or variant name, or a position. Written out only
/// when a non-finite number is found (the walk allocates nothing otherwise).
#[derive(Clone, Copy)]
enum Part {
    Name(&'static str),
    Index(usize),
}

/// The path's steps joined with dots (`claims.3.quantity`).
fn join(path: &[Part]) -> String {
    let mut out = String::new();
    for (k, p) in path.iter().enumerate() {
        if k > 0 {
            out.push('.');
        }
        match p {
            Part::Name(n) => out.push_str(n),
            Part::Index(i) => out.push_str(&i.to_string()),
        }
    }
    out
}

/// The walker: one per nesting level, sharing the path of field names and indices.
struct Check<'a> {
    path: &'a mut Vec<Part>,
}

/// A sequence, tuple or map being walked: its path and the next element's index.
struct Compound<'a> {
    path: &'a mut Vec<Part>,
    index: usize,
}

impl<'a> Check<'a> {
    /// The walker of a sequence, tuple, map or struct at this value's path.
    fn compound(self) -> Compound<'a> {
        Compound {
            path: self.path,
            index: 0,
        }
    }

    fn float(self, v: f64) -> Result<(), Found> {
        if v.is_finite() {
            Ok(())
        } else {
            Err(Found(Some((join(self.path), v))))
        }
    }
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, name: Part, v: &T) -> Result<(), Found> {
        self.path.push(name);
        let r = v.serialize(Check {
            path: &mut *self.path,
        });
        self.path.pop();
        r
    }

    fn next<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Found> {
        self.index += 1;
        self.element(Part::Index(self.index - 1), v)
    }
}

macro_rules! ok_scalars {
    ($($f:ident: $t:ty),*) => {
        $(fn $f(self, _: $t) -> Result<(), Found> { Ok(()) })*
    };
}

impl<'a> ser::Serializer for Check<'a> {
    type Ok = ();
    type Error = Found;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    ok_scalars!(serialize_bool: bool, serialize_i8: i8, serialize_i16: i16, serialize_i32: i32,
        serialize_i64: i64, serialize_i128: i128, serialize_u8: u8, serialize_u16: u16,
        serialize_u32: u32, serialize_u64: u64, serialize_u128: u128, serialize_char: char,
        serialize_str: &str, serialize_bytes: &[u8]);

    fn serialize_f32(self, v: f32) -> Result<(), Found> {
        self.float(f64::from(v))
    }
    fn serialize_f64(self, v: f64) -> Result<(), Found> {
        self.float(v)
    }
    fn serialize_none(self) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, v: &T) -> Result<(), Found> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Result<(), Found> {
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Found> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        v: &T,
    ) -> Result<(), Found> {
        self.compound().element(Part::Name(variant), v)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, Found> {
        Ok(self.compound())
    }
}

/// The compound serializers whose elements are named by position (`claims.3`): each element is
/// the next index.
macro_rules! positional {
    ($($trait:ident :: $method:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Found;
            fn $method<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Found> {
                self.next(v)
            }
            fn end(self) -> Result<(), Found> {
                Ok(())
            }
        }
    )*};
}

positional!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field,
    SerializeTupleVariant::serialize_field
);

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = Found;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Found> {
        // Entries are named by position (`extra.2`); a float key is checked like any value.
        self.index += 1;
        self.path.push(Part::Index(self.index - 1));
        key.serialize(Check {
            path: &mut *self.path,
        })
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, v: &T) -> Result<(), Found> {
        let r = v.serialize(Check {
            path: &mut *self.path,
        });
        self.path.pop();
        r
    }
    fn end(self) -> Result<(), Found> {
        Ok(())
    }
}

/// The compound serializers whose fields are named (`quantity.value`).
macro_rules! named {
    ($($trait:ident),*) => {$(
        impl ser::$trait for Compound<'_> {
            type Ok = ();
            type Error = Found;
            fn serialize_field<T: Serialize + ?Sized>(
                &mut self,
                name: &'static str,
                v: &T,
            ) -> Result<(), Found> {
                self.element(Part::Name(name), v)
            }
            fn end(self) -> Result<(), Found> {
                Ok(())
            }
        }
    )*};
}

named!(SerializeStruct, SerializeStructVariant);
