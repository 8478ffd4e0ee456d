class K(val x: Int) {
    fun f(y: Int): Int {
        val z = when (y) {
            1 -> 2
            2 -> { 3 }
            else -> 4
        }
        list.forEach { v -> if (v > 0) println(v) }
        return z
    }
    fun g() = if (x > 1) { 1 } else { 2 }
}
