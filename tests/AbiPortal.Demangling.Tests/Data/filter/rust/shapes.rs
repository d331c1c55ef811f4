// Source of the Rust shared libraries whose nm output is the stdin filter's Rust set (see build.sh): trait
// objects and impls, generics, closures, formatting, collections and threads, so that the symbol
// table holds the trait-impl and generic paths (`_$LT$a..b$GT$`) that real Rust binaries are full of.
use std::collections::{BTreeMap, HashMap};
use std::fmt;

pub trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
#[derive(Debug, Clone, PartialEq)] pub struct Circle { pub r: f64 }
#[derive(Debug, Clone, PartialEq)] pub struct Rect<T> { pub w: T, pub h: T }
impl Shape for Circle { fn area(&self) -> f64 { 3.14 * self.r * self.r } }
impl<T: Into<f64> + Copy> Shape for Rect<T> { fn area(&self) -> f64 { self.w.into() * self.h.into() } }
impl fmt::Display for Circle { fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { write!(f, "circle {}", self.r) } }

pub fn total(shapes: &[Box<dyn Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }

#[no_mangle]
pub extern "C" fn shapes_total(n: u32) -> f64 {
    let mut v: Vec<Box<dyn Shape>> = Vec::new();
    for i in 0..n { v.push(Box::new(Circle { r: i as f64 })); v.push(Box::new(Rect { w: i, h: i + 1 })); v.push(Box::new(Rect { w: 1.5f32, h: i as f32 })); }
    let mut m: HashMap<String, f64> = HashMap::new();
    let mut b: BTreeMap<u32, String> = BTreeMap::new();
    for (i, s) in v.iter().enumerate() { m.insert(format!("{}{}", s.name(), i), s.area()); b.insert(i as u32, format!("{:?}", s.area())); }
    let c = Circle { r: 2.0 };
    println!("{} {:?} {}", c, c.clone(), m.len() + b.len());
    total(&v)
}

#[no_mangle]
pub extern "C" fn shapes_sort(ptr: *mut i32, len: usize) {
    let s = unsafe { std::slice::from_raw_parts_mut(ptr, len) };
    s.sort_by_key(|x| -x);
    let words: Vec<String> = s.iter().map(|x| x.to_string()).collect();
    let joined = words.join(",");
    std::thread::spawn(move || println!("{}", joined)).join().unwrap();
}
