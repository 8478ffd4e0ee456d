namespace app {
int Widget::size(int n) const {
    return n > 0 ? n : 0;
}
Widget::Widget(int n) : n_(n) {
    if (n < 0 && n != -1) { throw 1; }
}
}
int main() {
    auto f = [](int x) { if (x) { return 1; } return 0; };
    try { } catch (...) { }
    return 0;
}
