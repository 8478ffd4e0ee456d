class Foo
  def bar(x)
    return 1 if x
    while x do
      x -= 1
    end
    case x
    when 1 then :a
    when 2 then :b
    else :c
    end
  end

  def self.baz
    x ? 1 : 2
  end
end
