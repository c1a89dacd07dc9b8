#!/bin/bash

state=$(aws ec2 desci
