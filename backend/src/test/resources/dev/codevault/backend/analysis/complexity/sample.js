const f = (a) => {
  if (a) { return 1; }
};
class C {
  method(x) {
    return x ? 1 : 0;
  }
  async other() {
    [1].map(y => { if (y) {} });
  }
}
function g(a, b) {
  return a && b || c;
}
