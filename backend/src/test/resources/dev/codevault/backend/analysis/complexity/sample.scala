object Main {
  def f(x: Int): Int = x match {
    case 1 => 1
    case _ => 0
  }
  def g(x: Int): Boolean = {
    if (x > 1 && x < 5) true else false
  }
}
