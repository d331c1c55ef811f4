// Real template code for the Microsoft set of conformance.sh: libstdc++'s containers, strings,
// streams, regex and functional code, compiled by clang for the MSVC ABI (x64 and x86). Debian has
// no MSVC headers, so libstdc++'s are used with the target's own ABI: the names are what clang-cl
// mangles for these instantiations.
#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

std::string run(int n)
{
    std::vector<std::string> v;
    std::map<std::string, int> m;
    std::unordered_map<int, std::vector<double>> u;
    std::set<long> s;
    for (int i = 0; i < n; i++) { v.push_back(std::to_string(i)); m[v.back()] = i; u[i].push_back(i * 0.5); s.insert(i); }
    std::sort(v.begin(), v.end(), [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
    std::function<int(int)> f = [&](int x) { return x + (int)m.size(); };
    auto p = std::make_shared<std::vector<int>>(10, f(3));
    std::unique_ptr<std::map<int, std::string>> q(new std::map<int, std::string>());
    std::ostringstream os;
    os << v.size() << p->size() << q->size() << s.size() << u.size();
    std::regex r("[a-z]+");
    if (std::regex_match(os.str(), r)) os << "x";
    std::wstring w(L"wide");
    std::map<std::wstring, std::function<void(const std::string&)>> handlers;
    handlers[w] = [&](const std::string& text) { os << text; };
    handlers[w]("done");
    return os.str();
}
