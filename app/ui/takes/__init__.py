"""A shot's takes in the window (a storyboard shot's and the single shot's): the grid of
takes (choose, reject but keep, delete with undo, star), the side-by-side or wipe comparison
of two takes, and the bin deleted takes go to.

* :mod:`.bin`: a deleted take's file goes to the system trash, or to Storyreel's own bin
  in its data folder where there is no trash; undo brings it back;
* :mod:`.commands`: the undoable take edits on the board's undo stack;
* :mod:`.model`: the takes of one shot as a list model, and the delegate that draws them;
* :mod:`.subject`, :mod:`.board_subject`: whose takes the window shows (a storyboard shot's);
* :mod:`.dialog`: the takes window, one for a storyboard shot and for the single shot;
* :mod:`.single`, :mod:`.single_bar`, :mod:`.single_hooks`: the single shot's takes (read
  from the job store by the inputs shown), its variations and seed sweep from the takes
  window, and its "Takes (n)…" button and View → Takes of this shot… (Ctrl+T);
* :mod:`.compare`: two takes played together, side by side or with a wipe.
"""
