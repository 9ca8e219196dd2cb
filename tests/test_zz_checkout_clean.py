"""Runs last (file order): no test wrote into the checkout. Builds, caches, screenshots and
example databases go to temporary folders; git sees the same files before and after the suite."""

from helpers import checkout_state


def test_the_suite_left_the_checkout_as_it_found_it(request):
    assert checkout_state() == request.config.checkout_before
