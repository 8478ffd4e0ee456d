namespace App {
    class Cart {
        public decimal Total(Item[] items) {
            decimal sum = 0;
            foreach (var i in items) {
                if (i.Price > 0 || i.Free) { sum += i.Price; }
            }
            var s = $"{(sum > 0 ? 1 : 0)} if";
            return sum;
        }
    }
}
