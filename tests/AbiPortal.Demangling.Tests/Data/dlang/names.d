// Source of the real-binary D mangling set (see build.sh): declarations chosen to exercise every
// part of the D ABI's name mangling that compilers emit: modules and nested scopes, member and
// nested functions, constructors, destructors, postblits and the artificial symbols (__init,
// __vtbl, __Class, __Interface, __ModuleInfo), every parameter storage class, type modifiers,
// arrays, associative arrays, pointers, delegates, function pointers, variadics, linkage, and
// templates with type, value (integers, chars, bools, strings, reals, arrays, struct literals) and
// alias arguments, whose repeated parts are written as back references.
module names;

import core.stdc.stdarg;

enum Color { red, green, blue }

struct Point
{
    int x, y;
    this(int x, int y) { this.x = x; this.y = y; }
    this(this) { x += 0; }
    ~this() { x = 0; }
    int sum() const { return x + y; }
    int twice() immutable { return 2 * (x + y); }
    int shared_sum() shared { return 0; }
    inout(int)* px() inout return { return &x; }
    Point opBinary(string op)(Point other) const if (op == "+") { return Point(x + other.x, y + other.y); }
}

interface Shape
{
    double area() const;
    string name();
}

class Circle : Shape
{
    double r;
    this(double r) { this.r = r; }
    ~this() { r = 0; }
    double area() const { return 3.14 * r * r; }
    string name() { return "circle"; }
    static Circle unit() { return new Circle(1); }
    final void scale(double k) { r *= k; }
}

class Square : Circle
{
    this(double side) { super(side); }
    override double area() const { return r * r; }
}

__gshared int globalCounter;
immutable double ratio = 1.5;
shared long sharedTotal;
int[string] table;
int[4] fixed;
const(char)[] slice;

int add(int a, int b) { return a + b; }
long mix(byte a, ubyte b, short c, ushort d, int e, uint f, long g, ulong h) { return a + b + c + d + e + f + g + cast(long) h; }
real floats(float a, double b, real c, ifloat d, idouble e, ireal f, cfloat g, cdouble h, creal i) { return a + b + c; }
dchar chars(char a, wchar b, dchar c, bool d) { return c; }
void storage(ref int a, out int b, lazy int c, in int d, scope int* e, return ref int f, const(int)* g, immutable(int)[] h, shared(int)* i, inout(int)* j) { b = a + c; }
ref int refReturn(return ref int a) { return a; }
int sum(int[] values...) { int s; foreach (v; values) s += v; return s; }
extern (C) int cvariadic(int n, ...) { return n; }
int dvariadic(int n, ...) { return n; }
extern (C++) int cplusplus(int a) { return a; }
extern (Windows) int windows(int a) { return a; }
int applyDelegate(int delegate(int) dg, int function(int) fn) { return dg(fn(1)); }
int applyAA(int[string] aa, Point[Color] points, string[][int] nested) { return cast(int) aa.length; }
void pointers(int** pp, void* p, Point* pt, Circle c, Shape s, Color col) { }
int pureFn(int a) pure nothrow @nogc @safe { return a * 2; }
int trustedFn(int a) @trusted { return a; }
@property int prop() { return globalCounter; }
int withNested(int a)
{
    int helper(int b) { return a + b; }
    static int staticHelper(int c) { return c; }
    auto lambda = (int x) => x + a;
    return helper(staticHelper(lambda(1)));
}

T identity(T)(T value) { return value; }
T maxOf(T, int N)(T[N] values) { T m = values[0]; foreach (v; values) if (v > m) m = v; return m; }
string greet(string S)() { return S; }
auto charArg(char C, wchar W, dchar D, bool B)() { return C; }
auto realArg(real R, double D, float F)() { return R; }
auto negArg(int N, long L, ulong U)() { return N; }
auto arrayArg(int[] A)() { return A.length; }
auto structArg(Point P)() { return P.x; }
auto aliasArg(alias F)(int a) { return F(a); }
struct Box(T, size_t N = 2) { T[N] items; T first() const { return items[0]; } void put(T value, size_t i) { items[i] = value; } }
class Container(T) { T[] items; void add(T item) { items ~= item; } size_t count() const { return items.length; } }
template Outer(T) { struct Inner { T value; T get() { return value; } } }

void instantiate()
{
    identity(1);
    identity("s");
    identity(Point(1, 2));
    identity([1.5, 2.5]);
    identity(Color.green);
    identity(cast(const(char)*) null);
    identity(null);
    int[3] three = [1, 2, 3];
    maxOf!(int, 3)(three);
    greet!"hello world"();
    greet!"tab\tnewline\n"();
    charArg!('a', 'é', '😀', true)();
    charArg!('\x01', 'b', 'c', false)();
    realArg!(1.5L, -2.25, 0.1f)();
    negArg!(-5, -9_000_000_000L, 18_000_000_000_000_000_000UL)();
    arrayArg!([1, 2, 3])();
    structArg!(Point(3, 4))();
    aliasArg!(add5)(1);
    aliasArg!(x => x * 3)(1);
    Box!int b1;
    b1.put(1, 0);
    b1.first();
    Box!(Point, 3) b2;
    b2.put(Point(1, 1), 2);
    b2.first();
    auto c1 = new Container!string;
    c1.add("x");
    c1.count();
    auto c2 = new Container!(Box!(double, 4));
    c2.add(Box!(double, 4)());
    Outer!int.Inner inner;
    inner.get();
    Point p = Point(1, 2);
    p.opBinary!"+"(p);
}

int add5(int a) { return a + 5; }

// dmd 2.100 mangles `return scope` as NkM (libiberty reads only MNk) and writes a nested
// function's whole type as a back reference to an equal earlier one (wrapMQk).
int* keep(return scope int* p) @safe { return p; }
void schedule(void delegate() op)
{
    void wrap() { op(); }
    wrap();
}

unittest
{
    assert(add(1, 2) == 3);
}
