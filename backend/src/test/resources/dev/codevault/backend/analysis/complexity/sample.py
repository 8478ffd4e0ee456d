"""if and or"""
import os

def f(a, b):
    """if for"""
    if a and b:
        return [x for x in a if x]
    elif a or b:
        pass
    return (lambda q: q if q else 0)(a)

class C:
    def m(self):
        try:
            pass
        except ValueError:
            pass
        match x:
            case 1:
                pass
            case _:
                pass

if __name__ == "__main__":
    f(1, 2)
