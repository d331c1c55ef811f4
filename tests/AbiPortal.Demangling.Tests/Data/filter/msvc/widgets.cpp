// Source of the DLL whose export listings are the stdin filter's Microsoft set (see build.sh):
// exported classes (special members, operators, virtual functions, so the vector deleting
// destructors ??_E and scalar ??_G appear), templates, a lambda held by a static local of an
// exported inline function (its name holds '<', '>' and backquotes once demangled), string
// literals, function pointers, member pointers and calling conventions.
#include <stddef.h>

#define API __declspec(dllexport)

namespace ui {
struct Point { int x, y; };

class API Widget {
public:
    Widget();
    Widget(const Widget&);
    Widget(Widget&&) noexcept;
    virtual ~Widget();
    Widget& operator=(const Widget&);
    bool operator==(const Widget&) const;
    bool operator<(const Widget&) const;
    Widget& operator<<(int);
    int operator[](size_t) const;
    int operator()(int, double) const;
    explicit operator bool() const;
    virtual int Get() const;
    virtual void Draw(const char* label, Point* where) volatile;
    static int Count();
    static const char* const Kind;
    int id;
private:
    Point origin;
};

class API Button : public Widget {
public:
    Button(const wchar_t* caption);
    ~Button() override;
    int Get() const override;
    void OnClick(void (*handler)(Button&, int), int Widget::*field);
};

template <typename T, int N>
class API Grid {
public:
    T cells[N];
    T& At(int i) { return cells[i]; }
    const T& At(int i) const { return cells[i]; }
    template <typename U> U Sum() const { U s{}; for (int i = 0; i < N; i++) s += (U)cells[i]; return s; }
};

template class API Grid<int, 4>;
template class API Grid<Point*, 2>;
template class API Grid<const char*, 8>;
template API long Grid<int, 4>::Sum<long>() const;
template API double Grid<int, 4>::Sum<double>() const;
} // namespace ui

namespace {
int hidden(int v) { return v * 3; }
}

API int define_lambda()
{
    static auto lambda = [](int x) { return hidden(x); };
    return lambda(1);
}

API inline int inline_lambda()
{
    static auto twice = [](int x) { return x * 2; };
    return twice(3);
}

API int __stdcall stdcall_add(int a, int b) { return a + b; }
API int __fastcall fastcall_add(int a, int b) { return a + b; }
API int __vectorcall vectorcall_add(int a, int b) { return a + b; }
API const char* greeting() { return "hello, world"; }
API const wchar_t* wide_greeting() { return L"wide"; }
API int (__stdcall *pick(int which))(int, int) { return which ? &stdcall_add : nullptr; }
API int ui_count(const ui::Widget* const* widgets, size_t n, int ui::Widget::*field) { return n ? widgets[0]->*field : 0; }
API int touch_inline() { return inline_lambda(); }

namespace ui {
const char* const Widget::Kind = "widget";
Widget::Widget() : id(0), origin{0, 0} {}
Widget::Widget(const Widget& o) : id(o.id), origin(o.origin) {}
Widget::Widget(Widget&& o) noexcept : id(o.id), origin(o.origin) {}
Widget::~Widget() {}
Widget& Widget::operator=(const Widget& o) { id = o.id; return *this; }
bool Widget::operator==(const Widget& o) const { return id == o.id; }
bool Widget::operator<(const Widget& o) const { return id < o.id; }
Widget& Widget::operator<<(int v) { id += v; return *this; }
int Widget::operator[](size_t i) const { return id + (int)i; }
int Widget::operator()(int a, double b) const { return a + (int)b; }
Widget::operator bool() const { return id != 0; }
int Widget::Get() const { return id; }
void Widget::Draw(const char*, Point*) volatile {}
int Widget::Count() { return 1; }
Button::Button(const wchar_t*) {}
Button::~Button() {}
int Button::Get() const { return id + 1; }
void Button::OnClick(void (*handler)(Button&, int), int Widget::*field) { handler(*this, this->*field); }
} // namespace ui
