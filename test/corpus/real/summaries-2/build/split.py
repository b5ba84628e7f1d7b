"""Restores this set's paragraph breaks with the first set's script, unchanged in method:
../../summaries/build/split.py, run here on this folder's specs.py and raw/.
Run from this directory:  python3 split.py   (writes ../docs/*.txt)"""
import os
import runpy
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)  # this set's specs.py
runpy.run_path(os.path.join(here, '../../summaries/build/split.py'), run_name='__main__')
