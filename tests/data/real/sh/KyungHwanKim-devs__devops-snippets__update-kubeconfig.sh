#!/usr/bin/env sh


aws eks update-kubeconfig --region ap-northeast-2 --name apne2-fastcampus 
--alias apne2-fastcampus
