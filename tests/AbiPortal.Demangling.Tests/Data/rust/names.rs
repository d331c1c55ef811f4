// Source of the real-binary Rust mangling set: items chosen to exercise both manglings
// (legacy `_ZN...17h<hash>E` and v0 `_R...`): nested modules, impls and trait impls, generics,
// closures, const generics, references, slices, arrays, tuples, raw and fn pointers, trait
// objects and a non-ASCII identifier (Punycode in v0). build.sh compiles it twice.
#![allow(dead_code)]
use std::fmt::Display;

pub struct Wrapper<T>(pub T);
pub trait Shape {
    fn area(&self) -> f64;
}
pub struct Circle {
    pub r: f64,
}
impl Shape for Circle {
    #[inline(never)]
    fn area(&self) -> f64 {
        3.14 * self.r * self.r
    }
}
impl<T: Display> Wrapper<T> {
    #[inline(never)]
    pub fn show(&self) -> String {
        format!("{}", self.0)
    }
}
#[inline(never)]
pub fn generic<T: Clone>(t: &T) -> T {
    t.clone()
}
#[inline(never)]
pub fn constant<const N: usize>() -> usize {
    N
}
#[inline(never)]
pub fn flags<const B: bool, const C: char, const I: i8>() -> u32 {
    B as u32 + C as u32 + I as u32
}
#[inline(never)]
pub fn dynamic(s: &dyn Shape) -> f64 {
    s.area()
}
#[inline(never)]
pub fn boxed(f: Box<dyn Fn(u8) -> u8 + Send>) -> u8 {
    f(1)
}
#[inline(never)]
pub fn iterate<'a>(it: &mut dyn Iterator<Item = &'a u16>) -> usize {
    it.count()
}
#[inline(never)]
pub fn closure_user(x: i32) -> i32 {
    let f = |y: i32| y + x;
    f(1)
}
#[inline(never)]
pub fn apply<F: FnOnce(i32) -> i32>(f: F) -> i32 {
    f(2)
}
#[inline(never)]
pub fn slices(a: &[u8], b: &mut [i64; 4], c: (bool, char)) -> usize {
    a.len() + b.len() + c.1 as usize
}
#[inline(never)]
pub fn pointers(p: *const u8, q: *mut (u16, u32), f: extern "C" fn(u32) -> u32, g: unsafe fn()) -> usize {
    p as usize + q as usize + f as usize + g as usize
}
#[inline(never)]
pub fn higher_ranked(f: for<'a> fn(&'a str) -> &'a str) -> usize {
    f("x").len()
}
#[inline(never)]
pub fn ünïcödé() -> u8 {
    1
}
pub mod inner {
    pub mod deeper {
        #[inline(never)]
        pub fn leaf<'a>(s: &'a str) -> &'a str {
            s
        }
        pub struct Holder<const N: usize>(pub [u8; N]);
        impl<const N: usize> Holder<N> {
            #[inline(never)]
            pub fn len(&self) -> usize {
                N
            }
        }
    }
}
extern "C" fn identity(v: u32) -> u32 {
    v
}
unsafe fn nothing() {}
fn short(s: &str) -> &str {
    s
}

#[no_mangle]
pub extern "C" fn use_all() -> f64 {
    let c = Circle { r: 2.0 };
    let _ = Wrapper(5u8).show();
    let _ = Wrapper("x").show();
    let v = [1u16, 2];
    generic(&3u64) as f64
        + generic(&String::new()).len() as f64
        + constant::<7>() as f64
        + constant::<123>() as f64
        + flags::<true, 'x', -3>() as f64
        + dynamic(&c)
        + boxed(Box::new(|x| x + 1)) as f64
        + iterate(&mut v.iter()) as f64
        + closure_user(2) as f64
        + apply(|x| x * 3) as f64
        + slices(&[1], &mut [0; 4], (true, 'x')) as f64
        + pointers(std::ptr::null(), std::ptr::null_mut(), identity, nothing) as f64
        + higher_ranked(short) as f64
        + ünïcödé() as f64
        + inner::deeper::leaf("a").len() as f64
        + inner::deeper::Holder::<3>([0; 3]).len() as f64
}
