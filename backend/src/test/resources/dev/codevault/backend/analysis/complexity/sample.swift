enum Mode { case a, b }
struct S {
    init(x: Int) {
        guard x > 0 else { return }
    }
    func f(m: Mode) -> Int {
        switch m {
        case .a: return 1
        default: return 0
        }
    }
}
