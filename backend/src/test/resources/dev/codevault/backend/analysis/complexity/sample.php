<?php
class P {
    public function f($x) {
        if ($x and $y) { return 1; }
        foreach ($x as $v) { }
        $g = function ($a) { return $a ?: 1; };
        return $x ? 1 : 0;
    }
}
