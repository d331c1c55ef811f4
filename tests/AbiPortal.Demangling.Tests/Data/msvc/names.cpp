// Source of the real-binary Microsoft mangling set: declarations chosen to exercise the
// decoration scheme (scopes, templates, operators, special members, thunks, RTTI, guards,
// string literals, calling conventions, qualifiers, member pointers). build.sh compiles it
// with clang for the MSVC ABI and records each symbol with llvm-undname's output.
#include <stddef.h>

namespace geo {
struct Point { int x, y; };
class Shape {
public:
    Shape();
    virtual ~Shape();
    virtual double area() const = 0;
    virtual void scale(double factor) &;
    static int count;
    Shape& operator=(const Shape&);
    bool operator==(const Shape&) const;
    Shape& operator+=(int);
    int operator[](size_t) const;
    int operator()(int, ...) ;
    explicit operator bool() const;
    void* operator new(size_t);
    void operator delete(void*);
    void* operator new[](size_t);
    void operator delete[](void*);
protected:
    virtual void draw(const char* label, Point* where) volatile;
private:
    int id;
};
Shape::Shape() : id(0) {}
Shape::~Shape() {}
void Shape::scale(double) & {}
int Shape::count = 1;
Shape& Shape::operator=(const Shape&) { return *this; }
bool Shape::operator==(const Shape& o) const { return id == o.id; }
Shape& Shape::operator+=(int d) { id += d; return *this; }
int Shape::operator[](size_t i) const { return id + (int)i; }
int Shape::operator()(int a, ...) { return a; }
Shape::operator bool() const { return id != 0; }
void* Shape::operator new(size_t) { static char buffer[64]; return buffer; }
void Shape::operator delete(void*) {}
void* Shape::operator new[](size_t) { static char buffer[64]; return buffer; }
void Shape::operator delete[](void*) {}
void Shape::draw(const char*, Point*) volatile {}

struct Named { virtual const char* name() const; virtual ~Named(); };
const char* Named::name() const { return "named"; }
Named::~Named() {}

class Circle : public Shape, public Named {
public:
    double area() const override;
    const char* name() const override;
    double radius = 1;
};
double Circle::area() const { return 3.14159 * radius * radius; }
const char* Circle::name() const { return "circle"; }

struct VBase { virtual void v(); int a; };
void VBase::v() {}
struct Left : virtual VBase { void v() override; };
void Left::v() {}
struct Right : virtual VBase { int r; };
struct Diamond : Left, Right { Diamond(); void v() override; };
Diamond::Diamond() {}
void Diamond::v() {}
} // namespace geo

template <typename T, int N>
struct Buffer {
    T items[N];
    T& at(int i) { return items[i]; }
    template <typename U> U convert(const U& u) const { return u; }
};
template struct Buffer<char, 16>;
template struct Buffer<geo::Point*, 4>;
template double Buffer<char, 16>::convert<double>(const double&) const;

template <typename... Ts> int pack(Ts...) { return sizeof...(Ts); }
template int pack<>();
template int pack<int, long long, unsigned char>(int, long long, unsigned char);

template <auto V> int constant() { return (int)V; }
template int constant<42>();
template int constant<-7>();

int global_array[3][4];
const volatile unsigned short cv_global = 0;
int* __restrict restrict_ptr;
int geo::Point::* member_data = &geo::Point::y;
double (geo::Shape::*member_function)() const = &geo::Shape::area;
void (*callback)(int, const char*);
const char* const* strings;
wchar_t wide_char;
char16_t utf16_char;
char32_t utf32_char;
decltype(nullptr) null_value;

int __cdecl with_cdecl(int a) { return a; }
int __stdcall with_stdcall(int a) { return a; }
int __fastcall with_fastcall(int a) { return a; }
int __vectorcall with_vectorcall(int a) { return a; }
struct Widget { int __stdcall method(int a) { return a; } static int __fastcall helper(int a) { return a; } };
int use_widget() { Widget w; return w.method(1) + Widget::helper(2); }

int global_int = 5;
template <int* P> int deref() { return *P; }
template int deref<&global_int>();
template <int geo::Point::*M> int member(geo::Point& p) { return p.*M; }
template int member<&geo::Point::y>(geo::Point&);
template <double (geo::Shape::*F)() const> double call(const geo::Shape& s) { return (s.*F)(); }
template double call<&geo::Shape::area>(const geo::Shape&);
template <class T> struct Outer { template <class U> struct Inner { static int tag(T, U) { return 0; } }; };
template int Outer<geo::Point>::Inner<Outer<int>>::tag(geo::Point, Outer<int>);
void take_rvalue(geo::Point&&) {}
void take_array(int (&)[8]) {}
void take_function(int (*)(double, float)) {}
void take_nullptr(decltype(nullptr)) {}
long double take_many(bool, signed char, unsigned char, short, unsigned short, int, unsigned int,
                      long, unsigned long, long long, unsigned long long, float, double) { return 0; }
void repeat(geo::Point, geo::Point, geo::Point*, geo::Point*) {}
extern "C" int plain_c(int);
int plain_c(int x) { return x; }

namespace {
int hidden(int x) { return x * 2; }
}
int use_hidden(int x) { return hidden(x); }

int guarded() {
    static int value = use_hidden(3);
    static thread_local int per_thread = use_hidden(4);
    return value + per_thread;
}

const char* literal() { return "hello, world"; }
const wchar_t* wide_literal() { return L"wide"; }
const char16_t* u16_literal() { return u"sixteen"; }

struct Initialized { Initialized(); ~Initialized(); };
Initialized::Initialized() {}
Initialized::~Initialized() {}
Initialized dynamic_global;

int lambda_user() {
    auto f = [](int x) { return x + 1; };
    return f(1);
}

namespace outer { namespace inner { template <class T> struct Deep { static T value; }; } }
template <class T> T outer::inner::Deep<T>::value;
template struct outer::inner::Deep<Buffer<int, 2>>;

int use_all() {
    geo::Circle c;
    geo::Diamond d;
    d.v();
    Buffer<char, 16> b{};
    Buffer<geo::Point*, 4> p{};
    (void)p.at(0);
    return (int)c.area() + b.at(0) + guarded() + lambda_user() + literal()[0] + wide_literal()[0] + u16_literal()[0]
        + pack() + pack(1, 2LL, (unsigned char)3) + constant<42>() + constant<-7>();
}
