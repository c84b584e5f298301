"""A shot's takes in the window: the grid of takes (choose, reject but keep, delete with undo,
star), the side-by-side or wipe comparison of two takes, and the bin deleted takes go to.

* :mod:`.bin`: a deleted take's file goes to the system trash, or to Storyreel's own bin
  in its data folder where there is no trash; undo brings it back;
* :mod:`.commands`: the undoable take edits on the board's undo stack;
* :mod:`.model`: the takes of one shot as a list model, and the delegate that draws them;
* :mod:`.dialog`: the takes window of a shot;
* :mod:`.compare`: two takes played together, side by side or with a wipe.
"""
